/**
 * Astro integration: after `astro build` writes the pages, writes the search indexes
 * (src/search/build/write-indexes.ts), so `npm run build` produces a complete site.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadSiteConfig } from '../lib/site-config.ts';
import type { SiteInfo } from '../search/shared/index-format.ts';
import { writeSearchIndexes } from '../search/build/write-indexes.ts';

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
        for (const line of await writeSearchIndexes(fileURLToPath(dir), { cacheDir, site })) logger.info(line);
      },
    },
  };
}
