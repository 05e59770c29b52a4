/**
 * Removes an outline (提纲) block: a start line (提纲), heading lines, and an optional end line
 * (正文：), when most of its heading lines reappear later in the article as the body's headings;
 * and a table of contents (目录 and entries with page numbers).
 */
import { headingKind } from '../headings.ts';
import { squeeze } from '../text-predicates.ts';
import type { Removal } from '../types.ts';
import type { LineTransform } from './transform.ts';

/** Share of outline entries that must reappear in the body. */
const REPEATED_SHARE = 0.6;

/** A table-of-contents entry: a title followed by its page number (… 13, ……13). */
const TOC_ENTRY = /^\S.{1,60}?(?:\s|[.…·．]{2,})\s*\d{1,4}$/u;
/** Entries that make a table of contents. */
const MIN_TOC = 2;
/** How far from the top a bare table-of-contents label is page chrome. */
const LABEL_REACH = 3;

const matches = (patterns: readonly RegExp[], text: string) => patterns.some((p) => p.test(text.trim()));

/** Removes a table of contents: an outline start line (目录) and entries ending in page numbers (runs before page numbers are cut). */
export const removeTableOfContents: LineTransform = (lines, { noise }) => {
  const start = lines.findIndex((l) => matches(noise.outline.start, l.text));
  let end = start + 1;
  while (start >= 0 && end < lines.length && TOC_ENTRY.test(lines[end]!.text.trim())) end += 1;
  if (start >= 0 && start < LABEL_REACH && end - start - 1 < MIN_TOC && matches(noise.outline.label, lines[start]!.text)) {
    // A bare 目录 label at the top of a page (the entries were links): it is page chrome, never the title.
    return { lines: lines.filter((_, i) => i !== start), removed: [{ kind: 'boilerplate', line: lines[start]!.n, text: lines[start]!.text.trim() }] };
  }
  if (start < 0 || end - start - 1 < MIN_TOC) return { lines: [...lines], removed: [] };
  const removed = lines.slice(start, end).map((l): Removal => ({ kind: 'outline', line: l.n, text: l.text.trim() }));
  return { lines: [...lines.slice(0, start), ...lines.slice(end)], removed };
};

/** Removes the first outline block of an article when the body repeats it. */
export const removeOutline: LineTransform = (lines, { noise }) => {
  const start = lines.findIndex((l) => matches(noise.outline.start, l.text));
  if (start < 0) return { lines: [...lines], removed: [] };
  let end = start + 1;
  while (end < lines.length && headingKind(lines[end]!.text) !== undefined) end += 1;
  const entries = lines.slice(start + 1, end);
  const hasEndMarker = end < lines.length && matches(noise.outline.end, lines[end]!.text);
  const later = new Set(lines.slice(end).map((l) => squeeze(l.text)));
  const repeated = entries.filter((l) => later.has(squeeze(l.text))).length;
  if (entries.length < 2 || repeated < entries.length * REPEATED_SHARE) return { lines: [...lines], removed: [] };
  const blockEnd = hasEndMarker ? end + 1 : end;
  const removed = lines.slice(start, blockEnd).map((l): Removal => ({ kind: 'outline', line: l.n, text: l.text.trim() }));
  return { lines: [...lines.slice(0, start), ...lines.slice(blockEnd)], removed };
};
