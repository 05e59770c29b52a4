// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    processor: unified({}),
  },
  // Intranet (issue 5): nothing inline, so the site runs under a strict Content-Security-Policy
  // without 'unsafe-inline' (src/lib/csp.ts): stylesheets and scripts always as files.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
