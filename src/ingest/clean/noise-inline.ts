/**
 * Cuts `inline` patterns of content/noise.yaml out of lines, wherever they occur (watermarks injected
 * mid-sentence: …明确此文来源于feisuxs民主集中制…). A line left with nothing but sentence
 * punctuation is removed under the same kind.
 */
import type { Line, Removal } from '../types.ts';
import { cut, matchRanges, type LineTransform } from './transform.ts';

/** What a cut may leave behind that is no text: sentence punctuation (placeholders such as *** stay). */
const ONLY_PUNCTUATION = /^[\s。，、；：！？,.;:!?]*$/u;

/** Cuts inline noise patterns out of every line. */
export const removeNoiseInline: LineTransform = (lines, { noise }) => {
  const kept: Line[] = [];
  const removed: Removal[] = [];
  for (const original of lines) {
    let line = original;
    let lastKind: Removal['kind'] | undefined;
    for (const { kind, pattern } of noise.inline) {
      const result = cut(line, matchRanges(pattern, line.text), kind);
      if (result.removed.length > 0) lastKind = kind;
      line = result.line;
      removed.push(...result.removed);
    }
    if (lastKind && line.text.trim() !== '' && ONLY_PUNCTUATION.test(line.text)) {
      removed.push({ kind: lastKind, line: line.n, text: line.text.trim() });
      continue;
    }
    kept.push(line);
  }
  return { lines: kept, removed };
};
