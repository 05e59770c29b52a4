/**
 * The corpus indexed by topic, built once per build: related documents and previous/next links
 * look documents up here instead of scanning the whole corpus for every page.
 */
import type { DocumentLevel } from '../schemas/document.ts';
import { timeYear } from './doc-time.ts';
import { compareDocs, isListed, isMain } from './facets.ts';
import type { DocRecord } from './types.ts';

export interface TopicIndex {
  /** Listed documents per topic slug (any position in `topics`), in list order. */
  byTopic: Map<string, DocRecord[]>;
  /** Main-list documents per topic slug (listed, on topic), in list order: a topic page's main list. */
  mainByTopic: Map<string, DocRecord[]>;
  /** Listed documents per `topic|level`, by best-supported time ascending (timeYear; undated first), for related documents. */
  byTopicLevel: Map<string, DocRecord[]>;
  /** Position of each document in the main list of its primary topic (its first topic). */
  primaryPosition: Map<string, number>;
}

/** Key of `byTopicLevel`. */
export function topicLevelKey(slug: string, level: DocumentLevel): string {
  return `${slug}|${level}`;
}

/**
 * The number of documents of a topic: every listed document filed under it, i.e. what its page
 * lists (main list and 相关资料). The one count tiles, tables, filters, embeds and the page show.
 */
export function topicCount(index: TopicIndex, slug: string): number {
  return index.byTopic.get(slug)?.length ?? 0;
}

const byYearAscending = (a: DocRecord, b: DocRecord) =>
  (timeYear(a.data) ?? -Infinity) - (timeYear(b.data) ?? -Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Builds the index in one pass plus one sort per list. */
export function buildTopicIndex(docs: readonly DocRecord[]): TopicIndex {
  const byTopic = new Map<string, DocRecord[]>();
  const mainByTopic = new Map<string, DocRecord[]>();
  const byTopicLevel = new Map<string, DocRecord[]>();
  const push = (map: Map<string, DocRecord[]>, key: string, doc: DocRecord) => {
    const list = map.get(key);
    if (list) list.push(doc);
    else map.set(key, [doc]);
  };
  for (const doc of docs) {
    if (!isListed(doc)) continue;
    for (const slug of doc.data.topics) {
      push(byTopic, slug, doc);
      push(byTopicLevel, topicLevelKey(slug, doc.data.level), doc);
      if (isMain(doc)) push(mainByTopic, slug, doc);
    }
  }
  for (const list of [...byTopic.values(), ...mainByTopic.values()]) list.sort(compareDocs);
  for (const list of byTopicLevel.values()) list.sort(byYearAscending);
  const primaryPosition = new Map<string, number>();
  for (const [slug, list] of mainByTopic) {
    list.forEach((doc, i) => {
      if (doc.data.topics[0] === slug) primaryPosition.set(doc.id, i);
    });
  }
  return { byTopic, mainByTopic, byTopicLevel, primaryPosition };
}
