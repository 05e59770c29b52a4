// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
// ASCII heading ids (h-1, h-1-2, …) and a link to each heading's own anchor.
import rehypeHeadingIds from './src/plugins/rehype-heading-ids.ts';
import rehypeHeadingLinks from './src/plugins/rehype-heading-links.ts';
import searchIndex from './src/integrations/search/index.ts';
import sitemap from './src/integrations/sitemap.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  integrations: [mdx(), searchIndex(), sitemap()],
  markdown: {
    processor: unified({ rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks] }),
  },
  // Strict CSP and cacheable assets: stylesheets and scripts always as files, never inlined.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
