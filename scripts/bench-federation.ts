/**
 * `npm run bench:federation -- [--docs 1000] [--sites 3,10] [--seed 1] [--cold 12] [--reuse]` (usage: BENCH_FEDERATION below)
 *
 * What one search over several county sites costs (content/site.yaml `federation`). Generates
 * and ingests `docs × max(sites)` documents once, splits them into sites of `docs` documents,
 * builds each site (CONTENT_DIR with its own site.yaml) and serves each on its own loopback port
 * with the CORS header the deployment note documents. For each number of sites S it builds the
 * first site again listing the next S−1 in `federation`, and one site holding the same S × docs
 * documents alone, then runs the search benchmark's query set in headless Chromium through the
 * federated page and the single site's page. It prints, per S:
 * - exactness: queries whose federated result set differs from the union of the S sites' own
 *   result sets (each site searched alone with the same engine), with exact matches first;
 * - cold first query bytes (mean / max) and requests, split by origin (this site, the others);
 * - warm median and p90 latency, and requests per warm query.
 * Everything goes below .bench/federation/ (gitignored); --reuse keeps the built sites.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../src/tools/browser.ts';
import { byteCounter, submitQuery } from '../src/tools/bench/search.ts';
import { generateQueries } from '../src/tools/bench/search-queries.ts';
import { mean, percentile } from '../src/tools/bench/search-metrics.ts';
import { parseCommand, runCommand, UsageError, type CommandSpec } from './lib/cli.ts';
import { runMeasured } from '../src/tools/bench/measure.ts';
import { startStaticServer, type RunningServer } from '../src/tools/hosting/static-server.ts';
import { SearchClient } from '../src/search/client/client.ts';
import { decodeMeta } from '../src/search/shared/index-format.ts';
import { parseQuery } from '../src/search/client/query.ts';

const BENCH_FEDERATION = {
  name: 'npm run bench:federation --',
  summary:
    '联合搜索基准：把生成的语料分成若干个县级站点，分别构建并在本机不同端口上提供，再构建一个列出其他站点的站点，\n' +
    '在无头 Chromium 中用搜索基准的查询集比较联合搜索与同样大小的单个站点：结果是否等于各站点结果之并、首次查询字节数、延迟。',
  options: {
    docs: { type: 'integer', value: 'N', default: 1000, min: 1, description: '每个站点的文档数' },
    sites: { type: 'string', value: 'LIST', default: '3,10', description: '站点数，逗号分隔，每个至少 2' },
    seed: { type: 'integer', value: 'S', default: 1, description: '生成语料和选取查询的随机种子' },
    cold: { type: 'integer', value: 'N', default: 12, min: 1, description: '测冷启动首次查询的查询数' },
    reuse: { type: 'boolean', description: '沿用 .bench/federation/ 中设置相同的已构建站点' },
  },
  examples: [
    ['npm run bench:federation', '3 个和 10 个站点，每站 1,000 篇'],
    ['npm run bench:federation -- --docs 100 --sites 3', '快速试一次'],
    ['npm run bench:federation -- --reuse', '不重新构建，只重新测量'],
  ],
} satisfies CommandSpec;

const { values } = parseCommand(BENCH_FEDERATION);
const perSite = values.docs;
const counts = values.sites.split(',').map(Number);
const most = Math.max(2, ...counts.filter(Number.isInteger));
const ROOT = resolve('.bench/federation');
const log = (message: string) => console.error(`[bench:federation ${new Date().toISOString().slice(11, 19)}] ${message}`);
/** Runs a script under this Node; rejects with its output when it fails. */
const run = (script: string, args: string[], env?: NodeJS.ProcessEnv) => runMeasured(process.execPath, [script, ...args], { env });

/** Generates and ingests the documents of every site once; returns their files ([collection, path]). */
async function documents(): Promise<[string, string][]> {
  // A few generated articles come out as duplicates (left out): generate a tenth more.
  const total = Math.ceil(perSite * most * 1.1);
  const content = join(ROOT, `content-${total}-seed${values.seed}`);
  if (!existsSync(join(content, '.complete'))) {
    rmSync(content, { recursive: true, force: true });
    const sources = join(ROOT, `sources-${total}`);
    log(`generating and ingesting ${total} documents`);
    await run('scripts/corpus-generate.ts', ['--docs', String(total), '--out', sources, '--seed', String(values.seed)]);
    await run('scripts/ingest.ts', [sources, '--out', content, '--cache', join(ROOT, 'ingest-cache')]);
    writeFileSync(join(content, '.complete'), '');
  }
  return ['speeches', 'reports']
    .flatMap((c) => (existsSync(join(content, c)) ? readdirSync(join(content, c)).map((f) => [c, join(content, c, f)] as [string, string]) : []))
    .filter(([, file]) => !/^duplicateOf:/m.test(readFileSync(file, 'utf8')))
    .sort(([, a], [, b]) => a.localeCompare(b));
}

/** Builds a site from `files` with `settings` as its site.yaml into `name`/dist; reused when built before with the same settings. */
async function buildSite(name: string, files: readonly [string, string][], settings: string): Promise<string> {
  const dir = join(ROOT, name);
  const dist = join(dir, 'dist');
  const stamp = join(dir, '.built');
  const key = `${files.length} ${files[0]?.[1]} ${settings}`;
  if (values.reuse && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return dist;
  rmSync(dir, { recursive: true, force: true });
  for (const [collection, file] of files) {
    mkdirSync(join(dir, 'content', collection), { recursive: true });
    cpSync(file, join(dir, 'content', collection, file.split('/').pop()!));
  }
  writeFileSync(join(dir, 'content/site.yaml'), settings);
  log(`building ${name} (${files.length} documents)`);
  const env = { CONTENT_DIR: join(dir, 'content'), BASE_PATH: '/' };
  await run('scripts/check-content.ts', [], env);
  await run(resolve('node_modules/astro/bin/astro.mjs'), ['build', '--outDir', dist], env);
  writeFileSync(stamp, key);
  return dist;
}

/** The URLs (relative to the site) of the documents of a built site, by document number. */
function urlsOf(dist: string): string[] {
  const dir = join(dist, 'search-index');
  const meta = decodeMeta(gunzipSync(readFileSync(join(dir, 'meta.bin'))));
  return meta.segments.flatMap((segment) =>
    Array.from({ length: segment.docs }, (_, d) => (JSON.parse(gunzipSync(readFileSync(join(dir, segment.dir, `d${d}.bin`))).toString()) as { url: string }).url),
  );
}

/** One site's own exact result set for `q`, as `site url` lines, from its index on disk. */
async function ownResults(dist: string, site: number, q: string): Promise<string[]> {
  const client = new SearchClient(join(dist, 'search-index/'), async (path) => gunzipSync(readFileSync(path)));
  const urls = urlsOf(dist);
  const result = await client.search({ terms: parseQuery(q), filters: {}, sort: 'relevance' });
  return result.docs.map((doc) => `${site} ${urls[doc]}`);
}

interface PageFigures {
  coldBytes: number[];
  coldOwnBytes: number[];
  coldRequests: number[];
  warmMs: number[];
  warmRequests: number[];
  /** Per query, the documents shown, in joined numbering. */
  lists: number[][];
}

/** Cold first queries in fresh contexts, then every query warm in one page, through the search page at `url`. */
async function measurePage(browser: Browser, url: string, own: string, queries: string[], cold: string[]): Promise<PageFigures> {
  const files = /(\/search-index\/|\/_astro\/.*\.js$)/;
  const figures: PageFigures = { coldBytes: [], coldOwnBytes: [], coldRequests: [], warmMs: [], warmRequests: [], lists: [] };
  const requests = (page: Page) => {
    let n = 0;
    page.on('request', (r) => void (files.test(new URL(r.url()).pathname) && n++));
    return { reset: () => void (n = 0), count: () => n };
  };
  for (const q of cold) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = byteCounter(page, files);
    const ownBytes = byteCounter(page, files, own);
    const counted = requests(page);
    await page.goto(`${url}search/`);
    await submitQuery(page, q);
    figures.coldBytes.push(await bytes.total());
    figures.coldOwnBytes.push(await ownBytes.total());
    figures.coldRequests.push(counted.count());
    await context.close();
  }
  const page = await browser.newPage();
  await page.goto(`${url}search/`);
  const counted = requests(page);
  for (const q of queries) {
    counted.reset();
    const { ms, docs } = await submitQuery(page, q);
    figures.warmMs.push(ms);
    figures.warmRequests.push(counted.count());
    figures.lists.push(docs);
  }
  await page.close();
  return figures;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

await runCommand(BENCH_FEDERATION, 'bench:federation', async () => {
  if (counts.some((n) => !Number.isInteger(n) || n < 2)) throw new UsageError(`--sites ${values.sites}：需要逗号分隔的站点数，每个至少 2`);
  const docs = await documents();
  if (docs.length < perSite * most) throw new Error(`only ${docs.length} documents were ingested; need ${perSite * most}`);
  const siteDocs = Array.from({ length: most }, (_, s) => docs.slice(s * perSite, (s + 1) * perSite));
  const members: string[] = [];
  for (let s = 1; s < most; s++) members.push(await buildSite(`site-${s}`, siteDocs[s], `name: 第${s}县\n`));
  const servers: RunningServer[] = [];
  const browser = await launchBrowser();
  const rows: string[][] = [];
  try {
    // The member sites, each on its own port, readable by any origin for the bench.
    for (const dist of members) servers.push(await startStaticServer({ root: dist, headers: { 'access-control-allow-origin': '*' } }));
    const texts = docs.map(([, file]) => readFileSync(file, 'utf8').split(/^---$/m).slice(2).join('---').split('\n'));
    const all = texts.map((lines) => lines.join('\n'));
    const queries = generateQueries(texts, values.seed, (q) => all.some((t) => t.includes(q)), ['北京', '四川', '云南', '江苏']).map((b) => b.q);
    const cold = Array.from({ length: Math.min(values.cold, queries.length) }, (_, i) => queries[Math.floor((i * queries.length) / values.cold)]);
    for (const count of counts) {
      const listed = servers.slice(0, count - 1).map((server, k) => `  - {name: 第${k + 1}县, url: "${server.url}"}`);
      const portal = await buildSite(`portal-${count}`, siteDocs[0], `name: 第0县\nfederation:\n${listed.join('\n')}\n`);
      const single = await buildSite(`single-${count * perSite}`, siteDocs.slice(0, count).flat(), 'name: 合并\n');
      const portalServer = await startStaticServer({ root: portal });
      const singleServer = await startStaticServer({ root: single });
      servers.push(portalServer, singleServer);
      log(`measuring ${count} sites × ${perSite} documents and one site of ${count * perSite}, ${queries.length} queries (load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
      const federated = await measurePage(browser, portalServer.url, portalServer.origin, queries, cold);
      const alone = await measurePage(browser, singleServer.url, singleServer.origin, queries, cold);
      // Exactness: the federated set is the union of the sites' own sets.
      const dists = [portal, ...members.slice(0, count - 1)];
      const sizes = dists.map((d) => urlsOf(d).length);
      const urls = dists.map(urlsOf);
      let differing = 0;
      for (const [i, q] of queries.entries()) {
        const shown = federated.lists[i].map((doc) => {
          let site = 0;
          while (doc >= sizes[site]) doc -= sizes[site++];
          return `${site} ${urls[site][doc]}`;
        });
        const union = (await Promise.all(dists.map((d, s) => ownResults(d, s, q)))).flat();
        if (shown.length !== union.length || [...shown].sort().join('\n') !== union.sort().join('\n')) differing++;
      }
      const warm = (f: PageFigures) => f.warmMs.slice(1);
      rows.push(
        [`${count} sites × ${perSite}`, `${differing} of ${queries.length}`, `${kb(mean(federated.coldBytes))} / ${kb(Math.max(...federated.coldBytes))}`, `${kb(mean(federated.coldOwnBytes))} + ${kb(mean(federated.coldBytes) - mean(federated.coldOwnBytes))}`, mean(federated.coldRequests).toFixed(0), `${percentile(warm(federated), 50).toFixed(1)} / ${percentile(warm(federated), 90).toFixed(1)} ms`, mean(federated.warmRequests.slice(1)).toFixed(1)],
        [`1 site × ${count * perSite}`, '–', `${kb(mean(alone.coldBytes))} / ${kb(Math.max(...alone.coldBytes))}`, `${kb(mean(alone.coldBytes))} + 0 KB`, mean(alone.coldRequests).toFixed(0), `${percentile(warm(alone), 50).toFixed(1)} / ${percentile(warm(alone), 90).toFixed(1)} ms`, mean(alone.warmRequests.slice(1)).toFixed(1)],
      );
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
  console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('| search | queries whose result set ≠ union of the sites’ | cold first query (mean / max) | cold: this site + the others | cold requests | warm median / p90 | warm requests |');
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
});
