/**
 * Transfer size per page type of the built site (dist/): the page's HTML plus the stylesheets and
 * scripts it loads, raw and gzip-compressed (as nginx/IIS would serve them). `npm run measure:pages
 * [-- --dist DIR]` after `npm run build`. A typical document page should stay within 60 KB gzip.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseCommand, type CommandSpec } from './lib/cli.ts';

const MEASURE_PAGES = {
  name: 'npm run measure:pages --',
  summary: '按页面类型打印已构建站点每页的传输大小：HTML 加它加载的样式表和脚本，原始大小和 gzip 压缩后（与 nginx、IIS 相同）。先 npm run build。',
  options: {
    dist: { type: 'string', value: 'DIR', default: 'dist', description: '已构建站点的文件夹' },
  },
  examples: [
    ['npm run build && npm run measure:pages', '量 dist/'],
    ['npm run measure:pages -- --dist /tmp/site', '量另一个构建'],
  ],
} satisfies CommandSpec;

const DIST = parseCommand(MEASURE_PAGES).values.dist;

/** dist/ files a page loads itself: <link rel=stylesheet> and <script src> (not lazily fetched search data). */
function assetsOf(html: string): string[] {
  const assets = [
    ...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<script\b[^>]*src="([^"]+)"/g),
  ].map((m) => m[1]);
  return [...new Set(assets)].filter((a) => a.startsWith('/'));
}

/** A static server would serve /x/ from dist/x/index.html; the build's base path is stripped here. */
function read(path: string, base: string): Buffer {
  return readFileSync(join(DIST, path.startsWith(base) ? path.slice(base.length) : path));
}

function measure(page: string, base: string) {
  const html = readFileSync(join(DIST, page));
  const assets = assetsOf(html.toString('utf8'));
  const sizes = (files: Buffer[]) => ({
    raw: files.reduce((n, f) => n + f.length, 0),
    gzip: files.reduce((n, f) => n + gzipSync(f, { level: 6 }).length, 0),
  });
  const css = assets.filter((a) => a.endsWith('.css')).map((a) => read(a, base));
  const js = assets.filter((a) => /\.m?js$/.test(a)).map((a) => read(a, base));
  return { html: sizes([html]), css: sizes(css), js: sizes(js) };
}

function pagesUnder(dir: string): string[] {
  return readdirSync(join(DIST, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `${dir}/${e.name}/index.html`);
}

/** Page type → the pages of that type; for types with many pages, the median page is reported. */
const types: Record<string, string[]> = {
  home: ['index.html'],
  'guide page': pagesUnder('guide'),
  'topic index': ['topics/index.html'],
  'topic page': pagesUnder('topics'),
  'facet page': ['levels', 'kinds', 'years', 'places'].flatMap(pagesUnder),
  'all documents': ['docs/index.html'],
  'document page': pagesUnder('docs'),
  'not found (404)': ['404.html'],
};

const base = /href="([^"]*)_astro\//.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1] ?? '/';
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
console.log('page type        pages   HTML gz   CSS gz    JS gz  total gz  (raw total)   max total gz');
for (const [type, pages] of Object.entries(types)) {
  const results = pages.map((p) => measure(p, base)).map((r) => ({ ...r, total: r.html.gzip + r.css.gzip + r.js.gzip, raw: r.html.raw + r.css.raw + r.js.raw }));
  results.sort((a, b) => a.total - b.total);
  const median = results[Math.floor((results.length - 1) / 2)];
  const max = results[results.length - 1];
  console.log(
    `${type.padEnd(16)} ${String(pages.length).padStart(5)}  ${kb(median.html.gzip)} KB ${kb(median.css.gzip)} KB ${kb(median.js.gzip)} KB ${kb(median.total)} KB  (${kb(median.raw)} KB)  ${kb(max.total)} KB`,
  );
}
console.log('Median page of each type; sizes in KiB; gzip level 6. Search index files fetched on demand are not included.');
