/**
 * Combines the per-term matches into the result list: documents containing every term, narrowed
 * by the selected facet values, ordered by relevance (title hits, then occurrence density, then
 * year) or by year; plus the counts the UI shows (per facet value, and without each term or the filters).
 */
import type { IndexMeta } from '../shared/index-format.ts';
import { SEARCH_FACETS, type SearchFacet } from '../shared/facet-registry.ts';
import type { TermHit } from './match.ts';

/** Selected facet values, as indexes into `meta.facets[facet]`. */
export type Selection = Partial<Record<SearchFacet, number>>;

export type SortOrder = 'relevance' | 'year';

export interface RankedResults {
  /** Matching documents in display order. */
  docs: number[];
  /** Per facet: value index → number of results if that value were selected instead. */
  facetCounts: Record<SearchFacet, Map<number, number>>;
  /**
   * Only when nothing matched: per term (same order), the number of results without that term
   * (0 for a single term); empty otherwise.
   */
  withoutTerm: number[];
  /** Number of results without any facet selection. */
  withoutFilters: number;
}

/** Documents in every one of `sets` (all documents when there are no sets). */
function intersect(sets: readonly Map<number, TermHit>[], all: number): number[] {
  if (sets.length === 0) return Array.from({ length: all }, (_, i) => i);
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return [...first.keys()].filter((doc) => rest.every((s) => s.has(doc)));
}

/** Whether a document has the selected values of every facet except `skip`. */
export function selected(meta: IndexMeta, doc: number, selection: Selection, skip?: SearchFacet): boolean {
  for (const f of SEARCH_FACETS) {
    const value = selection[f];
    if (value !== undefined && f !== skip && !meta.values[f][doc].includes(value)) return false;
  }
  return true;
}

/** Relevance: terms found in the title, then log-scaled occurrences per √length, then newer first. */
export function relevance(meta: IndexMeta, doc: number, sets: readonly Map<number, TermHit>[]): [number, number] {
  let title = 0;
  let weight = 0;
  for (const s of sets) {
    const hit = s.get(doc);
    if (!hit) continue;
    if (hit.inTitle) title++;
    weight += Math.log1p(hit.count);
  }
  return [title, weight / Math.sqrt(Math.max(meta.length[doc], 1))];
}

/** Ranks the documents matching all `termHits` (one map per term) under `selection`. */
export function rankResults(
  meta: IndexMeta,
  termHits: readonly Map<number, TermHit>[],
  selection: Selection,
  sort: SortOrder,
): RankedResults {
  const total = meta.length.length;
  const matching = intersect(termHits, total);
  const docs = matching.filter((doc) => selected(meta, doc, selection));
  const byYear = sort === 'year' || termHits.length === 0;
  const keyed = docs.map((doc) => {
    const [title, weight] = relevance(meta, doc, termHits);
    return { doc, year: meta.year[doc], title, weight };
  });
  keyed.sort(
    (a, b) =>
      (byYear ? b.year - a.year : 0) || b.title - a.title || b.weight - a.weight || b.year - a.year || a.doc - b.doc,
  );
  const ordered = keyed.map((k) => k.doc);
  const facetCounts = Object.fromEntries(
    SEARCH_FACETS.map((f) => {
      const counts = new Map<number, number>();
      for (const doc of matching) {
        if (!selected(meta, doc, selection, f)) continue;
        for (const v of meta.values[f][doc]) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      return [f, counts];
    }),
  ) as Record<SearchFacet, Map<number, number>>;
  const withoutTerm =
    docs.length > 0
      ? []
      : termHits.map((_, k) =>
          termHits.length === 1
            ? 0
            : intersect(termHits.filter((__, j) => j !== k), total).filter((doc) => selected(meta, doc, selection)).length,
        );
  return { docs: ordered, facetCounts, withoutTerm, withoutFilters: matching.length };
}
