/** The shape of a cleaning transform: lines in, lines out, every removed piece of text recorded. */
import type { NoisePatterns } from '../noise.ts';
import type { Line, Removal, RemovalKind } from '../types.ts';

/** What every transform may consult besides the lines. */
export interface CleanContext {
  noise: NoisePatterns;
  /** The title given by the article's 第N篇： marker, and the marker's line. */
  markerTitle?: string;
  markerLine?: number;
}

/** Lines after a transform and what it removed. */
export interface CleanResult {
  lines: Line[];
  removed: Removal[];
  /** A better copy of the marker title found in the text (the marker's copy is then in `removed`), or the page's own title field. */
  markerTitle?: string;
  /** Source line of a title found in the text when the article had no marker. */
  markerLine?: number;
}

/** One cleaning step; pure. */
export type LineTransform = (lines: readonly Line[], context: CleanContext) => CleanResult;

/**
 * Cuts the [start, end) ranges (sorted, non-overlapping) out of a line, recording each cut under
 * `kind`; `replacement` decides what a cut leaves behind (default nothing).
 */
export function cut(
  line: Line,
  ranges: ReadonlyArray<readonly [number, number]>,
  kind: RemovalKind,
  replacement: (start: number, end: number) => string = () => '',
): { line: Line; removed: Removal[] } {
  let text = '';
  let at = 0;
  const removed: Removal[] = [];
  for (const [start, end] of ranges) {
    text += line.text.slice(at, start) + replacement(start, end);
    removed.push({ kind, line: line.n, text: line.text.slice(start, end) });
    at = end;
  }
  return { line: { ...line, text: text + line.text.slice(at) }, removed };
}

/** Ranges of all matches of a global regular expression in `text`. */
export function matchRanges(pattern: RegExp, text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(pattern)) {
    if (m[0] !== '') ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** Applies a per-line edit to every line, collecting removals. */
export function eachLine(lines: readonly Line[], edit: (line: Line) => { line: Line; removed: Removal[] }): CleanResult {
  const out: Line[] = [];
  const removed: Removal[] = [];
  for (const line of lines) {
    const result = edit(line);
    out.push(result.line);
    removed.push(...result.removed);
  }
  return { lines: out, removed };
}
