// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

// A build from another content folder (KB_CONTENT_DIR, see src/content-dir.ts) keeps its own Astro
// cache: Astro's data store keeps an entry's old file path when its content is unchanged.
const contentDir = process.env.KB_CONTENT_DIR;
const cacheDir = contentDir
  ? `./node_modules/.astro/content-${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}/`
  : undefined;

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  cacheDir,
  integrations: [mdx()],
  markdown: {
    processor: unified({}),
  },
});
