// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { markdownProcessor } from './src/markdown.ts';
import searchIndex, { INDEX_FOLDERS } from './src/integrations/search-index.ts';
import sitemap from './src/integrations/sitemap.ts';
import reuseOutput from './src/integrations/reuse-output.ts';
import { astroCacheDir } from './src/collections/content-dir.ts';

export default defineConfig({
  // The site's address, for absolute URLs in the sitemap, citations and embed snippets. Unset, the
  // build writes paths instead and warns (src/integrations/sitemap.ts): no guessed host.
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // A build from CONTENT_DIR keeps its own Astro cache (see src/collections/content-dir.ts).
  cacheDir: astroCacheDir(),
  // reuseOutput first: it removes the last build's leftovers before the others read the output
  // folder, but for the search indexes, which searchIndex brings up to date itself.
  integrations: [reuseOutput({ owned: INDEX_FOLDERS }), mdx(), searchIndex(), sitemap()],
  markdown: {
    processor: markdownProcessor,
  },
  // Nothing inline, so the site runs under a strict Content-Security-Policy without 'unsafe-inline'
  // (src/lib/csp.ts), and assets are cacheable: stylesheets and scripts always as files.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // Pages whose cacheKey (src/lib/page-key.ts) and code are unchanged are kept from the last build
  // (src/integrations/reuse-output.ts), or copied from Astro's cache when the output folder is new.
  experimental: { incrementalBuild: true },
});
