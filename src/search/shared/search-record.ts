/**
 * What search knows about a document besides its text: facet values (ASCII keys for URLs, Chinese
 * labels for display), the meta line of a result, and the sort year. One function derives it
 * from a collection entry; IndexData.astro writes it into the page both as Pagefind attributes and
 * as the JSON record our own index reads, so both indexes see the same data.
 */
import type { DocumentData } from '../../schemas/document.ts';
import type { Facet, FacetValue } from './index-format.ts';
import { loadTopics, type Topic } from '../../taxonomy.ts';
import { KIND_LABELS, LEVEL_LABELS } from '../../lib/labels.ts';
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
  facets: Record<Facet, FacetValue[]>;
}

let topics: Map<string, Topic> | undefined;

/** The search record of a document. */
export function searchRecord(data: DocumentData): SearchRecord {
  topics ??= new Map(loadTopics().map((t) => [t.slug, t]));
  const time = docTime(data);
  const province =
    data.place?.province && data.place.code ? [{ key: data.place.code.slice(0, 2), label: data.place.province }] : [];
  return {
    title: data.title,
    meta: metaLine(data),
    year: time.year,
    time: { label: time.label, doubtful: time.doubtful },
    ...(data.onTopic ? {} : { onTopic: false }),
    facets: {
      topic: data.topics.map((slug) => ({ key: slug, label: topics!.get(slug)?.name ?? slug })),
      level: [{ key: data.level, label: LEVEL_LABELS[data.level] }],
      kind: [{ key: data.kind, label: KIND_LABELS[data.kind] }],
      province,
      year: time.year === null ? [] : [{ key: String(time.year), label: `${time.year}年` }],
    },
  };
}

/** The record as the text of a `<script type="application/json">` element (no `<` that could close it). */
export function recordJson(record: SearchRecord): string {
  return JSON.stringify(record).replace(/</g, '\\u003c');
}
