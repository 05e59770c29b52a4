/**
 * What search knows about a document besides its text: facet values (ASCII keys for URLs, Chinese
 * labels for display), the meta line of a result, and the sort year. One function derives it
 * from a collection entry; IndexData.astro writes it into the page both as Pagefind attributes and
 * as the JSON record our own index reads, so both indexes see the same data.
 */
import type { DocumentData } from '../../schemas/document.ts';
import { SEARCH_FACETS, type FacetValue, type SearchFacet } from './facet-registry.ts';
import { FACET_VALUES } from '../../lib/facets.ts';
import { metaLine } from '../../lib/meta.ts';
import { docTime } from '../../lib/doc-time.ts';

export interface SearchRecord {
  title: string;
  /** level · place · time · kind; the time is the best-supported one, with 年份存疑 when doubtful (metaLine). */
  meta: string;
  /** The best-supported year (docTime): null when the document is dated only by an era or not at all. */
  year: number | null;
  /** The best-supported time's label (`2010年`, `约2008–2010年`) and whether its year is doubtful, for results that show it apart. */
  time: { label: string; doubtful: boolean };
  /** False for material outside people's-congress work (badged 相关资料 in results, as in lists). */
  onTopic?: boolean;
  facets: Record<SearchFacet, FacetValue[]>;
}

/** The search record of a document; its facet values are those of the browse pages (FACET_VALUES). */
export function searchRecord(data: DocumentData): SearchRecord {
  const time = docTime(data);
  return {
    title: data.title,
    meta: metaLine(data),
    year: time.year,
    time: { label: time.label, doubtful: time.doubtful },
    ...(data.onTopic ? {} : { onTopic: false }),
    facets: Object.fromEntries(SEARCH_FACETS.map((f) => [f, FACET_VALUES[f](data)])) as SearchRecord['facets'],
  };
}

/** The record as the text of a `<script type="application/json">` element (no `<` that could close it). */
export function recordJson(record: SearchRecord): string {
  return JSON.stringify(record).replace(/</g, '\\u003c');
}
