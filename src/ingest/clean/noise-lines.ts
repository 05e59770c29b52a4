/** Removes whole lines that match a `lines` pattern of content/noise.yaml (watermarks, boilerplate, page numbers). */
import type { Line, Removal } from '../types.ts';
import type { LineTransform } from './transform.ts';

/** Removes lines matching a whole-line noise pattern, under that pattern's kind. */
export const removeNoiseLines: LineTransform = (lines, { noise }) => {
  const kept: Line[] = [];
  const removed: Removal[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const rule = noise.lines.find(({ pattern }) => pattern.test(text));
    if (rule) removed.push({ kind: rule.kind, line: line.n, text });
    else kept.push(line);
  }
  return { lines: kept, removed };
};
