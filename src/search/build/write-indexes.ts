/**
 * Both search indexes of a built site, written side by side from the same pages (the element with
 * `data-pagefind-body`), with one progress line:
 * - Pagefind's (dist/pagefind/) through its Node API, with the filters, metadata and sort key
 *   IndexData.astro puts on each document page;
 * - our exact-match index (dist/search-index/, format in src/search/shared/index-format.ts),
 *   which the search UI uses to return every document containing the query, exact matches only.
 */
import { startProgress } from '../../lib/progress.ts';
import type { SiteInfo } from '../shared/index-format.ts';
import { writeExactIndex } from './exact-index.ts';
import { indexedPages } from './page-files.ts';
import { writePagefindIndex } from './pagefind.ts';

/** Where the indexes' caches live and which site they belong to. */
export interface SearchIndexOptions {
  /** Astro's cache folder: unchanged Pagefind bundles and index segments are taken from there. */
  cacheDir: string;
  site: SiteInfo;
}

/** Indexes the pages of `dist`; returns the log lines (one per index, then the total time), which the benchmark reads. */
export async function writeSearchIndexes(dist: string, { cacheDir, site }: SearchIndexOptions): Promise<string[]> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  // The finished pages are read and hashed once for both indexes. Both are CPU-bound: Pagefind's
  // bundles keep both cores busy until its last one, and the exact index (one thread) fills the gaps.
  const pages = indexedPages(dist);
  // One progress line for both: a page counts as done when half of it is, i.e. (pagefind + exact) / 2.
  const progress = startProgress({ label: '写入搜索索引', total: pages.length, unit: '页' });
  const done = { pagefind: 0, exact: 0 };
  const report = (index: keyof typeof done) => (pages: number) => {
    done[index] = pages;
    progress.set(Math.floor((done.pagefind + done.exact) / 2));
  };
  // Reported after the progress line is finished, in this order.
  const lines = await Promise.all([
    writePagefindIndex(dist, cacheDir, pages, report('pagefind')).then(
      (pagefind) => `Pagefind indexed ${pagefind.pages} pages in ${pagefind.batches} bundle(s), ${pagefind.reused} reused, in ${elapsed()} ms`,
    ),
    writeExactIndex(dist, { cacheDir, threads: 1, pages, site, onProgress: report('exact') }).then(
      (exact) =>
        `exact-match index: ${exact.docs} documents in ${exact.segments} segments (${exact.built} built, the others from the cache), ${(exact.bytes / 1024).toFixed(0)} KiB, in ${elapsed()} ms`,
    ),
  ]).finally(() => progress.done());
  return [...lines, `search indexes written in ${elapsed()} ms`];
}
