// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import searchIndex from './src/integrations/search/index.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  integrations: [mdx(), searchIndex()],
  // No inline scripts (strict CSP): every processed <script> becomes a file, however small.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    processor: unified({}),
  },
});
