/**
 * One index over all documents, built once per build, that every page asks instead of scanning
 * the collections: documents by id and by topic (year, then title), related documents and
 * previous/next within the primary topic. Building it is linear in the corpus and each question is
 * answered from the topic lists, so 10,000 document pages cost no quadratic work.
 */
import type { DocumentData } from '../schemas/document.ts';

/** What the index needs of a collection entry (an Astro entry fits). */
export interface IndexedDocument {
  id: string;
  data: Pick<DocumentData, 'title' | 'year' | 'level' | 'topics' | 'onTopic' | 'duplicateOf'>;
}

export interface DocumentIndex<D extends IndexedDocument> {
  byId: Map<string, D>;
  /** Listed documents of each topic (no duplicates, off-topic material last), by year then title. */
  byTopic: Map<string, D[]>;
  /**
   * Up to `limit` documents sharing the most topics with `id`; on ties the same level first, then
   * on-topic before off-topic material, then by year and title. Never the document or a duplicate.
   */
  related(id: string, limit?: number): D[];
  /** Neighbours of `id` in its primary topic's list. */
  neighbours(id: string): { prev?: D; next?: D };
}

/** Year descending (undated last), then title in Chinese collation. */
const collator = new Intl.Collator('zh-CN');
const byYearThenTitle = (a: IndexedDocument, b: IndexedDocument) =>
  (b.data.year ?? -Infinity) - (a.data.year ?? -Infinity) || collator.compare(a.data.title, b.data.title) || (a.id < b.id ? -1 : 1);

/** Builds the index; documents that are duplicates stay reachable by id but are left out of lists. */
export function buildDocumentIndex<D extends IndexedDocument>(documents: D[]): DocumentIndex<D> {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const listed = documents.filter((d) => !d.data.duplicateOf).sort(byYearThenTitle);
  const byTopic = new Map<string, D[]>();
  for (const doc of listed) {
    for (const topic of doc.data.topics) {
      const list = byTopic.get(topic);
      if (list) list.push(doc);
      else byTopic.set(topic, [doc]);
    }
  }
  for (const [topic, docs] of byTopic) byTopic.set(topic, [...docs.filter((d) => d.data.onTopic), ...docs.filter((d) => !d.data.onTopic)]);
  const position = new Map<string, Map<string, number>>(
    [...byTopic].map(([topic, docs]) => [topic, new Map(docs.map((d, i) => [d.id, i]))]),
  );
  const readingOrder = [...listed.filter((d) => d.data.onTopic), ...listed.filter((d) => !d.data.onTopic)];
  const rank = new Map(readingOrder.map((d, i) => [d.id, i]));

  return {
    byId,
    byTopic,
    related(id, limit = 5) {
      const doc = byId.get(id);
      if (!doc) return [];
      const shared = new Map<string, number>();
      for (const topic of doc.data.topics) {
        for (const other of byTopic.get(topic) ?? []) if (other.id !== id) shared.set(other.id, (shared.get(other.id) ?? 0) + 1);
      }
      const sameLevel = (d: D) => (d.data.level === doc.data.level ? 1 : 0);
      const before = (a: D, b: D) =>
        (shared.get(b.id)! - shared.get(a.id)! || sameLevel(b) - sameLevel(a) || rank.get(a.id)! - rank.get(b.id)!) < 0;
      // Keep the best `limit` in order while scanning: linear in the candidates, no full sort.
      const best: D[] = [];
      for (const key of shared.keys()) {
        const candidate = byId.get(key)!;
        if (best.length === limit && !before(candidate, best[limit - 1]!)) continue;
        let i = best.length;
        while (i > 0 && before(candidate, best[i - 1]!)) i--;
        best.splice(i, 0, candidate);
        if (best.length > limit) best.pop();
      }
      return best;
    },
    neighbours(id) {
      const doc = byId.get(id);
      const topic = doc?.data.topics[0];
      const list = topic ? byTopic.get(topic) : undefined;
      const i = topic ? position.get(topic)?.get(id) : undefined;
      if (!list || i === undefined) return {};
      return { prev: list[i - 1], next: list[i + 1] };
    },
  };
}
