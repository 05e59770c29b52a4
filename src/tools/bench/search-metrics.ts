/**
 * Scoring of the search benchmark: ground truth by substring match over the documents' text
 * lines (normalized like the search itself, every query term in some line), and the per-query
 * and summary figures (recall, R-precision, precision, percentiles).
 */
import { normalize } from '../../search/shared/normalize.ts';

/** Normalizes a document's visible text lines for matching. */
export function normalizeLines(lines: readonly string[]): string[] {
  return lines.map(normalize).filter(Boolean);
}

/** URLs of the documents in which every term occurs within one line. */
export function groundTruth(docs: ReadonlyMap<string, readonly string[]>, terms: readonly string[]): Set<string> {
  const relevant = new Set<string>();
  if (terms.length === 0) return relevant;
  for (const [url, lines] of docs) {
    if (terms.every((t) => lines.some((line) => line.includes(t)))) relevant.add(url);
  }
  return relevant;
}

export interface QueryScore {
  /** Share of relevant documents returned (null without relevant documents). */
  recall: number | null;
  /** Share of relevant documents among the first R results, R = number of relevant (null when R = 0). */
  rPrecision: number | null;
  /** Share of returned documents that are relevant (null when nothing was returned). */
  precision: number | null;
}

/** Scores one query's ranked result list against its relevant set. */
export function scoreQuery(relevant: ReadonlySet<string>, returned: readonly string[]): QueryScore {
  const hits = returned.filter((u) => relevant.has(u)).length;
  const r = relevant.size;
  return {
    recall: r ? hits / r : null,
    rPrecision: r ? returned.slice(0, r).filter((u) => relevant.has(u)).length / r : null,
    precision: returned.length ? hits / returned.length : null,
  };
}

/** Mean of the non-null values (NaN when there are none). */
export function mean(values: readonly (number | null)[]): number {
  const v = values.filter((x): x is number => x !== null);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN;
}

/** The p-th percentile (0–100, nearest rank) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
