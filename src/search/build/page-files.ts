/** The HTML pages of a built site, for the search indexes to read. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folder of our exact-match index inside dist/. */
export const INDEX_DIR = 'search-index';

/** Folders at the top of dist/ holding the two search indexes, which the build:done hook writes. */
export const INDEX_FOLDERS = ['pagefind', INDEX_DIR];

/** Folders at the top of dist/ that hold no pages: assets and the search indexes. */
const NOT_PAGES = new Set(['_astro', ...INDEX_FOLDERS]);

/** All .html files of the site in `dist`, as paths relative to it with `/`, sorted. */
export function pageFiles(dist: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(dist, prefix), { withFileTypes: true })) {
    const path = prefix + entry.name;
    if (entry.isDirectory() && !(prefix === '' && NOT_PAGES.has(entry.name))) files.push(...pageFiles(dist, `${path}/`));
    else if (entry.isFile() && entry.name.endsWith('.html')) files.push(path);
  }
  return files.sort();
}

/** A built page both search indexes index: its path relative to dist/ (with `/`) and a hash of its HTML. */
export interface IndexedPage {
  path: string;
  hash: string;
}

/**
 * The pages of the site in `dist` that have indexed content (a `data-pagefind-body` element), in
 * file name order, with hashes of their HTML: read once for both indexes, which key what they
 * cache on these hashes.
 */
export function indexedPages(dist: string): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const path of pageFiles(dist)) {
    const html = readFileSync(join(dist, path));
    if (html.includes('data-pagefind-body')) pages.push({ path, hash: createHash('sha256').update(html).digest('hex') });
  }
  return pages;
}
