/**
 * Transfer size per page type of a built site (`npm run measure:pages`): a page's HTML plus the
 * stylesheets and scripts it loads, raw and gzip-compressed (as nginx/IIS would serve them), for
 * the median and the heaviest page of each type. Search index files fetched on demand are not
 * counted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip bytes. */
interface Sizes {
  raw: number;
  gzip: number;
}

/** One page's weight: its HTML, stylesheets and scripts, and their totals. */
interface PageWeight {
  html: Sizes;
  css: Sizes;
  js: Sizes;
  /** gzip bytes of all three. */
  total: number;
  /** Raw bytes of all three. */
  raw: number;
}

/** The figures of one page type. */
export interface PageTypeWeight {
  type: string;
  pages: number;
  median: PageWeight;
  max: PageWeight;
}

/** dist/ files a page loads itself: <link rel=stylesheet> and <script src> (not lazily fetched search data). */
function assetsOf(html: string): string[] {
  const assets = [
    ...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<script\b[^>]*src="([^"]+)"/g),
  ].map((m) => m[1]!);
  return [...new Set(assets)].filter((a) => a.startsWith('/'));
}

const sizes = (files: Buffer[]): Sizes => ({
  raw: files.reduce((n, f) => n + f.length, 0),
  gzip: files.reduce((n, f) => n + gzipSync(f, { level: 6 }).length, 0),
});

/** The weight of the page `page` (a path below `dist`) of a site built for the base path `base`. */
function weigh(dist: string, page: string, base: string): PageWeight {
  // A static server would serve /x/ from dist/x/index.html; the build's base path is stripped here.
  const read = (path: string) => readFileSync(join(dist, path.startsWith(base) ? path.slice(base.length) : path));
  const html = readFileSync(join(dist, page));
  const assets = assetsOf(html.toString('utf8'));
  const weight = {
    html: sizes([html]),
    css: sizes(assets.filter((a) => a.endsWith('.css')).map(read)),
    js: sizes(assets.filter((a) => /\.m?js$/.test(a)).map(read)),
  };
  return { ...weight, total: weight.html.gzip + weight.css.gzip + weight.js.gzip, raw: weight.html.raw + weight.css.raw + weight.js.raw };
}

/** Page type → the pages of that type, below `dist`. */
function pageTypes(dist: string): Record<string, string[]> {
  const pagesUnder = (dir: string) =>
    readdirSync(join(dist, dir), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `${dir}/${e.name}/index.html`);
  return {
    home: ['index.html'],
    'guide page': pagesUnder('guide'),
    'topic index': ['topics/index.html'],
    'topic page': pagesUnder('topics'),
    'facet page': ['levels', 'kinds', 'years', 'places'].flatMap(pagesUnder),
    'all documents': ['docs/index.html'],
    'document page': pagesUnder('docs'),
    'not found (404)': ['404.html'],
  };
}

/** The weight of the median and the heaviest page of each page type of the site built in `dist`. */
export function measurePageWeights(dist: string): PageTypeWeight[] {
  const base = /href="([^"]*)_astro\//.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1] ?? '/';
  return Object.entries(pageTypes(dist)).map(([type, pages]) => {
    const weights = pages.map((p) => weigh(dist, p, base)).sort((a, b) => a.total - b.total);
    return { type, pages: pages.length, median: weights[Math.floor((weights.length - 1) / 2)]!, max: weights[weights.length - 1]! };
  });
}

/** KiB with one decimal, right-aligned in 6 columns. */
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);

/** The weights as a plain-text table with a header and a closing note on units. */
export function pageWeightTable(types: readonly PageTypeWeight[]): string[] {
  return [
    'page type        pages   HTML gz   CSS gz    JS gz  total gz  (raw total)   max total gz',
    ...types.map(
      ({ type, pages, median, max }) =>
        `${type.padEnd(16)} ${String(pages).padStart(5)}  ${kb(median.html.gzip)} KB ${kb(median.css.gzip)} KB ${kb(median.js.gzip)} KB ${kb(median.total)} KB  (${kb(median.raw)} KB)  ${kb(max.total)} KB`,
    ),
    'Median page of each type; sizes in KiB; gzip level 6. Search index files fetched on demand are not included.',
  ];
}
