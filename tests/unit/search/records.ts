/** Search test fixtures: documents' search records and pages as the index builder reads them. */
import type { IndexInput } from '../../../src/search/build/build-index.ts';
import type { SearchRecord } from '../../../src/search/shared/search-record.ts';

/** The search record of a document titled `title`. */
export function record(title: string, year: number | null = 2020, topic = 'deputies', level = 'county'): SearchRecord {
  return {
    title,
    meta: '',
    year,
    time: { label: year === null ? '年份不详' : `${year}年`, doubtful: false },
    facets: {
      topic: [{ key: topic, label: topic }],
      level: [{ key: level, label: level }],
      kind: [{ key: 'speech', label: '讲话' }],
      province: [],
      year: year === null ? [] : [{ key: String(year), label: `${year}年` }],
    },
  };
}

/** A page with a title block and one block per paragraph of `body`. */
export function page(title: string, body: string[], year: number | null = 2020, topic?: string, level?: string): IndexInput {
  return {
    url: `docs/${title}/`,
    text: { blocks: [{ text: title, anchor: -1, heading: 1 }, ...body.map((text) => ({ text, anchor: -1, heading: 0 }))], anchors: [] },
    record: record(title, year, topic, level),
  };
}
