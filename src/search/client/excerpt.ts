/**
 * Finds the terms in display text and cuts an excerpt around the first match. Works on the
 * original text (what the user sees) through the normalized text, so a match may span spaces or
 * differ in width or case from the query.
 */
import { normalizeWithMap } from '../shared/normalize.ts';

/** A [start, end) range of UTF-16 offsets in the original text. */
export type Range = [number, number];

/** Every occurrence of any of `terms` in `text`, as ranges of the original text, sorted and non-overlapping. */
export function findMatches(text: string, terms: readonly string[]): Range[] {
  const { text: norm, map } = normalizeWithMap(text);
  const ranges: Range[] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let i = norm.indexOf(term); i !== -1; i = norm.indexOf(term, i + 1)) {
      ranges.push([map[i], map[i + term.length - 1] + charLength(text, map[i + term.length - 1])]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Length in UTF-16 units of the code point at `index`. */
function charLength(text: string, index: number): number {
  const code = text.codePointAt(index) ?? 0;
  return code > 0xffff ? 2 : 1;
}

/** A piece of an excerpt; `mark` pieces are matches. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * The excerpt of `text` around its first match: up to `before` characters before it and about
 * `length` characters in all, with "…" where text was cut, split into marked and plain segments.
 */
export function excerpt(text: string, terms: readonly string[], length = 110, before = 30): Segment[] {
  const ranges = findMatches(text, terms);
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, first - before);
  const end = Math.min(text.length, start + length);
  const segments: Segment[] = [];
  if (start > 0) segments.push({ text: '…', mark: false });
  let at = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    const from = Math.max(a, start);
    if (from > at) segments.push({ text: text.slice(at, from), mark: false });
    segments.push({ text: text.slice(from, Math.min(b, end)), mark: true });
    at = Math.min(b, end);
  }
  if (at < end) segments.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) segments.push({ text: '…', mark: false });
  return segments;
}
