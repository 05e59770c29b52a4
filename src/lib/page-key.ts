/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page that
 * getStaticPaths() returns with a `cacheKey` is copied from the previous build when its key and the
 * code of its route are unchanged. Astro tracks the code (the route's module graph) and its
 * configuration (site, base, markdown, …); a key has to cover everything else the page shows:
 * the data given to the page, plus what every page shows from data files read at build time
 * (topic names and descriptions from content/topics.yaml, the embed settings of content/site.yaml).
 */
import { createHash } from 'node:crypto';
import { listItem } from './list-item.ts';
import { loadSiteConfig } from './site-config.ts';
import type { DocRecord } from './types.ts';
import { loadTopics } from '../collections/taxonomy.ts';

let siteWide: string | undefined;

/** Digest of the data files every page may show. */
function siteWideKey(): string {
  return (siteWide ??= digest([loadTopics(), loadSiteConfig()]));
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

/** The cache key of a page showing `data` (any JSON value): changes when `data` or the site-wide data files change. */
export function pageKey(data: unknown): string {
  return digest([siteWideKey(), data]);
}

const entryKeys = { true: new WeakMap<DocRecord, string>(), false: new WeakMap<DocRecord, string>() };

/**
 * What a page shows of a list of documents: per document, the digest of its DocList entry and of
 * the level and kind it is counted under in the list's 分布 (components/FacetSummary.astro).
 * Each document's digest is computed once per build, however many lists show it.
 */
export function listKeyData(docs: readonly DocRecord[], withSummary = true): string[] {
  const cache = entryKeys[`${withSummary}`];
  return docs.map((doc) => {
    let key = cache.get(doc);
    if (key === undefined) cache.set(doc, (key = digest([listItem(doc, withSummary), doc.data.level, doc.data.kind])));
    return key;
  });
}
