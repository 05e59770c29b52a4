/**
 * Removes an outline (提纲) block: a start line (提纲), heading lines, and an optional end line
 * (正文：), when most of its heading lines reappear later in the article as the body's headings.
 */
import { headingKind } from '../headings.ts';
import { squeeze } from '../text.ts';
import type { Removal } from '../types.ts';
import type { LineTransform } from './transform.ts';

/** Share of outline entries that must reappear in the body. */
const REPEATED_SHARE = 0.6;

/** Removes the first outline block of an article when the body repeats it. */
export const removeOutline: LineTransform = (lines, { noise }) => {
  const matches = (patterns: readonly RegExp[], text: string) => patterns.some((p) => p.test(text.trim()));
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
