/**
 * The corpus indexed by topic, built once per build: related documents and previous/next links
 * look documents up here instead of scanning the whole corpus for every page.
 */
import { compareDocs, isListed, isMain } from './facets.ts';
import type { DocRecord } from './types.ts';

export interface TopicIndex {
  /** Listed documents per topic slug (any position in `topics`), in list order. */
  byTopic: Map<string, DocRecord[]>;
  /** Main-list documents per topic slug (listed, on topic), in list order: a topic page's main list. */
  mainByTopic: Map<string, DocRecord[]>;
  /** Position of each document in the main list of its primary topic (its first topic). */
  primaryPosition: Map<string, number>;
}

/** Builds the index in one pass plus one sort per topic. */
export function buildTopicIndex(docs: readonly DocRecord[]): TopicIndex {
  const byTopic = new Map<string, DocRecord[]>();
  const mainByTopic = new Map<string, DocRecord[]>();
  const push = (map: Map<string, DocRecord[]>, key: string, doc: DocRecord) => {
    const list = map.get(key);
    if (list) list.push(doc);
    else map.set(key, [doc]);
  };
  for (const doc of docs) {
    if (!isListed(doc)) continue;
    for (const slug of doc.data.topics) {
      push(byTopic, slug, doc);
      if (isMain(doc)) push(mainByTopic, slug, doc);
    }
  }
  for (const list of [...byTopic.values(), ...mainByTopic.values()]) list.sort(compareDocs);
  const primaryPosition = new Map<string, number>();
  for (const [slug, list] of mainByTopic) {
    list.forEach((doc, i) => {
      if (doc.data.topics[0] === slug) primaryPosition.set(doc.id, i);
    });
  }
  return { byTopic, mainByTopic, primaryPosition };
}
