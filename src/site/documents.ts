/**
 * The document index of this build (see document-index.ts), built from the `speeches` and
 * `reports` collections on first use and shared by every page: pages call `documentIndex()`
 * instead of `getCollection`, so the collections are read once per build, not once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDocumentIndex, type DocumentIndex } from './document-index.ts';

/** A document entry of either collection. */
export type DocumentEntry = CollectionEntry<'speeches'> | CollectionEntry<'reports'>;

let index: Promise<DocumentIndex<DocumentEntry>> | undefined;

/** The index over all documents, built once. */
export function documentIndex(): Promise<DocumentIndex<DocumentEntry>> {
  index ??= Promise.all([getCollection('speeches'), getCollection('reports')]).then(([speeches, reports]) =>
    buildDocumentIndex<DocumentEntry>([...speeches, ...reports]),
  );
  return index;
}
