// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { astroCacheDir } from './src/content-dir.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // A build from KB_CONTENT_DIR keeps its own Astro cache (see src/content-dir.ts).
  cacheDir: astroCacheDir(),
  integrations: [mdx()],
  markdown: {
    processor: unified({}),
  },
});
