// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
// Site (issue 3): ASCII heading ids (h-1, h-1-2, …) and a link to each heading's own anchor.
import rehypeHeadingIds from './src/plugins/rehype-heading-ids.ts';
import rehypeHeadingLinks from './src/plugins/rehype-heading-links.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    processor: unified({ rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks] }),
  },
  // Site (issue 3): stylesheets always as files, never inlined <style> (strict CSP, cacheable).
  build: { inlineStylesheets: 'never' },
  // Site (issue 3): scripts always as files too, never inlined <script> (Astro inlines small ones).
  vite: { build: { assetsInlineLimit: 0 } },
});
