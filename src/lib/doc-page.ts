/** The data of a document page (/docs/<id>/) that comes from other documents, and the page's cache key. */
import type { Corpus, DocEntry } from './corpus.ts';
import { primaryTopicNeighbours } from './neighbours.ts';
import { listKeyData, pageKey } from './page-key.ts';
import { relatedDocuments } from './related.ts';
import type { DocRecord } from './types.ts';

export interface DocPageLinks {
  /** The document this one duplicates. */
  canonical?: DocRecord;
  /** Previous and next document in the primary topic's list. */
  prev?: DocRecord;
  next?: DocRecord;
  related: DocRecord[];
}

/** The other documents a document page links to. */
export function docPageLinks(doc: DocRecord, corpus: Corpus): DocPageLinks {
  const canonical = doc.data.duplicateOf ? corpus.byId.get(doc.data.duplicateOf) : undefined;
  return { canonical, ...primaryTopicNeighbours(doc, corpus.index), related: relatedDocuments(doc, corpus.index) };
}

const titleOf = (doc: DocRecord | undefined) => doc && [doc.id, doc.data.title];

/**
 * Cache key of a document page: the document's frontmatter and the digest of its file (its text;
 * the code rendering it is in the page's module graph, which Astro tracks itself), and the ids
 * and titles of the documents it links to, with the list entries of its related documents (listKeyData).
 */
export function docPageKey(doc: DocEntry, links: DocPageLinks): string {
  return pageKey({
    data: doc.data,
    text: doc.digest,
    canonical: titleOf(links.canonical),
    prev: titleOf(links.prev),
    next: titleOf(links.next),
    related: listKeyData(links.related, false),
  });
}
