/** Related documents: those sharing topics with a document, same level first. */
import type { TopicIndex } from './topic-index.ts';
import type { DocRecord } from './types.ts';

interface Candidate {
  doc: DocRecord;
  shared: number;
}

/**
 * Up to `limit` listed documents sharing at least one topic with `doc`, ordered by: same level,
 * number of shared topics, same primary topic, closeness in years, id. Off-topic documents are only
 * related to off-topic documents. Cost: the sizes of `doc`'s topic lists, not the whole corpus.
 */
export function relatedDocuments(doc: DocRecord, index: TopicIndex, limit = 6): DocRecord[] {
  const candidates = new Map<string, Candidate>();
  for (const slug of doc.data.topics) {
    for (const other of index.byTopic.get(slug) ?? []) {
      if (other.id === doc.id || other.data.onTopic !== doc.data.onTopic) continue;
      const entry = candidates.get(other.id);
      if (entry) entry.shared++;
      else candidates.set(other.id, { doc: other, shared: 1 });
    }
  }
  const { level, topics, year } = doc.data;
  const distance = (d: DocRecord) =>
    year === null || d.data.year === null ? Number.MAX_SAFE_INTEGER : Math.abs(d.data.year - year);
  return [...candidates.values()]
    .sort(
      (a, b) =>
        Number(b.doc.data.level === level) - Number(a.doc.data.level === level) ||
        b.shared - a.shared ||
        Number(b.doc.data.topics[0] === topics[0]) - Number(a.doc.data.topics[0] === topics[0]) ||
        distance(a.doc) - distance(b.doc) ||
        (a.doc.id < b.doc.id ? -1 : 1),
    )
    .slice(0, limit)
    .map((c) => c.doc);
}
