/**
 * Astro integration: after `astro build` writes the pages, indexes them for search, so
 * `npm run build` produces a complete site. Writes two indexes of the same pages (the element
 * with `data-pagefind-body`):
 * - Pagefind's (dist/pagefind/) through its Node API, with the filters, metadata and sort key
 *   IndexData.astro puts on each document page;
 * - our exact-match index (dist/search-index/, format in src/search/shared/index-format.ts),
 *   which the search UI uses to return every document containing the query, exact matches only.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writePagefindIndex } from '../search/build/pagefind.ts';
import { startProgress } from '../lib/progress.ts';
import { loadSiteConfig } from '../lib/site-config.ts';
import { type SiteInfo } from '../search/shared/index-format.ts';
import { indexedPages } from '../search/build/page-files.ts';
import { writeExactIndex } from '../search/build/exact-index.ts';

export { INDEX_FOLDERS } from '../search/build/page-files.ts';

/** The integration; add it to `integrations` in astro.config.mjs. */
export default function searchIndex(): AstroIntegration {
  let cacheDir = '';
  let site: SiteInfo = { name: '', base: '/' };
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        site = { name: loadSiteConfig().name, base: process.env.SITE_URL && config.site ? new URL(config.base, config.site).href : config.base };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
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
        // Logged after the progress line is finished, in this order (the benchmark reads these lines).
        const lines = await Promise.all([
          writePagefindIndex(dist, cacheDir, pages, report('pagefind')).then(
            (pagefind) => `Pagefind indexed ${pagefind.pages} pages in ${pagefind.batches} bundle(s), ${pagefind.reused} reused, in ${elapsed()} ms`,
          ),
          writeExactIndex(dist, { cacheDir, threads: 1, pages, site, onProgress: report('exact') }).then(
            (exact) =>
              `exact-match index: ${exact.docs} documents in ${exact.segments} segments (${exact.built} built, the others from the cache), ${(exact.bytes / 1024).toFixed(0)} KiB, in ${elapsed()} ms`,
          ),
        ]).finally(() => progress.done());
        for (const line of lines) logger.info(line);
        logger.info(`search indexes written in ${elapsed()} ms`);
      },
    },
  };
}
