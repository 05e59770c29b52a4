/**
 * The documents of both collections (`speeches`, `reports`) with the derived indexes, loaded once
 * per build and shared by every page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { duplicateIdProblem, unknownDuplicateOfProblem } from '../collections/content-check.ts';
import { loadTopics, type Topic } from '../collections/taxonomy.ts';
import { buildTopicIndex, type TopicIndex } from './topic-index.ts';
import { isListed, sortDocs } from './facets.ts';

export type DocEntry = CollectionEntry<'speeches'> | CollectionEntry<'reports'>;

export interface Corpus {
  /** Every document, duplicates and off-topic material included. */
  all: DocEntry[];
  /**
   * Documents shown in lists (duplicates left out), in list order (compareDocs): sorted once here,
   * the lists cut from it (facet buckets, topic lists) are in order already and sort in linear time.
   */
  listed: DocEntry[];
  byId: Map<string, DocEntry>;
  topics: Topic[];
  topicsBySlug: Map<string, Topic>;
  index: TopicIndex;
}

let corpus: Promise<Corpus> | undefined;

async function load(): Promise<Corpus> {
  const all: DocEntry[] = [...(await getCollection('speeches')), ...(await getCollection('reports'))];
  const byId = new Map<string, DocEntry>();
  for (const doc of all) {
    const other = byId.get(doc.id);
    // `npm run build` checks these first (content-check.ts); `npm run dev` meets them here, in the same words.
    if (other) throw new Error(duplicateIdProblem(`${doc.filePath}`, doc.id, `${other.filePath}`));
    byId.set(doc.id, doc);
  }
  for (const doc of all) {
    if (doc.data.duplicateOf && !byId.has(doc.data.duplicateOf)) {
      throw new Error(unknownDuplicateOfProblem(`${doc.filePath}`, doc.data.duplicateOf));
    }
  }
  const topics = loadTopics();
  const listed = sortDocs(all.filter(isListed));
  return {
    all,
    listed,
    byId,
    topics,
    topicsBySlug: new Map(topics.map((t) => [t.slug, t])),
    index: buildTopicIndex(listed),
  };
}

/** The corpus, loaded on first use. */
export function getCorpus(): Promise<Corpus> {
  return (corpus ??= load());
}
