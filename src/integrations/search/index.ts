/**
 * Astro integration: after `astro build` writes the pages, indexes them for search, so
 * `npm run build` produces a complete site. Writes two indexes of the same pages (the element
 * with `data-pagefind-body`):
 * - Pagefind's (dist/pagefind/) through its Node API, with the filters, metadata and sort key
 *   IndexData.astro puts on each document page;
 * - our exact-match index (dist/search-index/, format in src/scripts/search/index-format.ts),
 *   which the search UI uses to return every document containing the query, exact matches only.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { writePagefindIndex } from './pagefind.ts';
import { buildIndex, type IndexInput } from './build-index.ts';
import { extractPageText, extractSearchRecord } from './html-text.ts';
import type { SearchRecord } from '../../components/search/search-record.ts';

/** Folder of our index inside dist/. */
export const INDEX_DIR = 'search-index';

/** All .html files under `dir`, as paths relative to it with `/`, sorted. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Reads the indexable pages of a built site. */
export async function readPages(dist: string): Promise<IndexInput[]> {
  const pages: IndexInput[] = [];
  for (const file of await htmlFiles(dist)) {
    const html = await readFile(join(dist, file), 'utf8');
    const text = extractPageText(html);
    const record = extractSearchRecord(html) as SearchRecord | null;
    if (!text || !record) continue;
    pages.push({ url: file.replace(/(^|\/)index\.html$/, '$1'), text, record });
  }
  return pages;
}

/** Builds our index of `dist` into `dist/search-index/`; returns the number of documents and bytes written. */
export async function writeExactIndex(dist: string): Promise<{ docs: number; bytes: number }> {
  const pages = await readPages(dist);
  const { meta, files } = buildIndex(pages);
  const hash = createHash('sha256');
  for (const [path, content] of files) hash.update(path).update(content);
  meta.version = hash.digest('hex').slice(0, 12);
  const out = join(dist, INDEX_DIR);
  await rm(out, { recursive: true, force: true });
  let bytes = 0;
  const all = new Map([...files].map(([path, content]) => [`${meta.version}/${path}`, content]));
  all.set('meta.bin', new TextEncoder().encode(JSON.stringify(meta)));
  for (const [path, content] of all) {
    const target = join(out, path);
    await mkdir(dirname(target), { recursive: true });
    const gz = gzipSync(content);
    bytes += gz.length;
    await writeFile(target, gz);
  }
  return { docs: pages.length, bytes };
}

/** The integration; add it to `integrations` in astro.config.mjs. */
export default function searchIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        let started = performance.now();
        const pagefind = await writePagefindIndex(dist, cacheDir);
        logger.info(
          `Pagefind indexed ${pagefind.pages} pages in ${pagefind.batches} bundle(s), ${pagefind.reused} reused, in ${Math.round(performance.now() - started)} ms`,
        );
        started = performance.now();
        const exact = await writeExactIndex(dist);
        logger.info(
          `exact-match index: ${exact.docs} documents, ${(exact.bytes / 1024).toFixed(0)} KiB in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
