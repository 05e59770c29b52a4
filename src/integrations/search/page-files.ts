/** The HTML pages of a built site, for the search indexes to read. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folder of our exact-match index inside dist/. */
export const INDEX_DIR = 'search-index';

/** Folders at the top of dist/ that hold no pages: assets and the two search indexes. */
const NOT_PAGES = new Set(['_astro', 'pagefind', INDEX_DIR]);

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
