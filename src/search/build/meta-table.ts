/**
 * The meta table of the exact-match index (index-format.ts): the segments, and per document its
 * text lengths and facet values, with the facets' value tables sorted for display.
 */
import { INDEX_FORMAT, type IndexMeta, type PackInfo, type SegmentInfo, type SiteInfo } from '../shared/index-format.ts';
import { SEARCH_FACETS, compareFacetValues, type SearchFacet, type FacetValue } from '../shared/facet-registry.ts';
import type { SearchRecord } from '../shared/search-record.ts';

/** What the meta table needs of one document. */
export interface DocInfo {
  /** Positions of the normalized text. */
  length: number;
  /** Positions of the title block. */
  titleLength: number;
  record: SearchRecord;
}

/**
 * The meta table of `segments` (in document order) and their documents, their shards packed as
 * `pack` says, for the site `site`.
 */
export function buildMeta(
  segments: readonly { info: SegmentInfo; docs: readonly DocInfo[] }[],
  pack: PackInfo,
  site: SiteInfo = { name: '', base: '/' },
): IndexMeta {
  const facets = Object.fromEntries(SEARCH_FACETS.map((f) => [f, [] as FacetValue[]])) as Record<SearchFacet, FacetValue[]>;
  const values = Object.fromEntries(SEARCH_FACETS.map((f) => [f, [] as number[][]])) as Record<SearchFacet, number[][]>;
  const meta: IndexMeta = { format: INDEX_FORMAT, site, segments: segments.map((s) => s.info), pack, facets, values, length: [], titleLength: [], year: [] };
  const indexes = Object.fromEntries(SEARCH_FACETS.map((f) => [f, new Map<string, number>()])) as Record<SearchFacet, Map<string, number>>;
  for (const { length, titleLength, record } of segments.flatMap((s) => s.docs)) {
    meta.length.push(length);
    meta.titleLength.push(titleLength);
    const year = record.facets.year[0]?.key ?? '';
    if (year !== (record.year === null ? '' : String(record.year))) {
      throw new Error(`search index: "${record.title}": year ${record.year} differs from its year facet "${year}"`);
    }
    meta.year.push(record.year ?? 0);
    for (const f of SEARCH_FACETS) {
      values[f].push(
        record.facets[f].map((v) => {
          let at = indexes[f].get(v.key);
          if (at === undefined) indexes[f].set(v.key, (at = facets[f].push(v) - 1));
          return at;
        }),
      );
    }
  }
  for (const f of SEARCH_FACETS) sortFacet(meta, f);
  return meta;
}

/** Orders a facet's values as the registry does (facet-registry.ts) and remaps the documents' indexes (ascending, once each). */
function sortFacet(meta: IndexMeta, facet: SearchFacet): void {
  const list = meta.facets[facet];
  const order = list.map((_, i) => i);
  order.sort((a, b) => compareFacetValues(facet, list[a], list[b]));
  const newIndex = new Map(order.map((old, i) => [old, i]));
  meta.facets[facet] = order.map((i) => list[i]);
  meta.values[facet] = meta.values[facet].map((vs) => [...new Set(vs.map((v) => newIndex.get(v)!))].sort((a, b) => a - b));
}
