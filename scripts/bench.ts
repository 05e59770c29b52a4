/**
 * `npm run bench -- [--docs 1000,10000] [--seed 1] [--no-starlight] [--no-search]` (usage: BENCH below)
 *
 * For each N: generates a synthetic corpus of N articles (.bench/corpus-N), ingests it into a
 * temporary content folder (.bench/content-N), builds the site from it (CONTENT_DIR) into
 * .bench/dist-N, timing Astro and Pagefind separately (Pagefind is run by the bench when the build
 * does not index itself), then edits one source document and measures the rebuild (ingest with its
 * cache + build). It measures search in headless Chromium, and builds the same MDX as a plain
 * Starlight site (installed once in .bench/starlight, never a project dependency). Prints one table
 * with the N columns side by side. Everything it writes is below .bench/ (gitignored).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { measureSearch, type SearchFigures } from '../src/tools/bench/search.ts';
import { startProgress } from '../src/lib/progress.ts';
import { exitWithUsage, parseCommand, type CommandSpec } from './lib/cli.ts';
import { astroCacheDir, contentCheckMemo, DOCUMENT_EXTENSION } from '../src/content-dir.ts';
import { INGEST_DATA_FILES } from '../src/ingest/runner/context.ts';
import { countFiles, folderSize, runMeasured, type Measured } from '../src/tools/bench/measure.ts';

const BENCH_COMMAND = {
  name: 'npm run bench --',
  summary:
    '基准测试：对每个规模 N 生成合成语料，导入、构建、建索引，在无头 Chromium 中测搜索，改一篇源文件后测重建，\n' +
    '并与默认的 Starlight 站点比较，最后打印一张各 N 并列的表。全部写在 .bench/ 中（删除即可从头开始）。耗时较长。',
  options: {
    docs: { type: 'string', value: 'N,N…', default: '1000,10000', description: '文档规模，逗号分隔' },
    seed: { type: 'integer', value: 'S', default: 1, description: '合成语料的随机种子' },
    'no-starlight': { type: 'boolean', description: '不构建 Starlight 对照站点' },
    'no-search': { type: 'boolean', description: '不测搜索' },
  },
  notes: ['进度和日志写到标准错误，结果表写到标准输出。'],
  examples: [
    ['npm run bench', 'N = 1000 和 10000'],
    ['npm run bench -- --docs 1000 --no-starlight', '只测 1000 篇，不比较 Starlight'],
    ['npm run bench > bench.txt', '结果表存入文件，进度仍显示在终端'],
  ],
} satisfies CommandSpec;

const { values } = parseCommand(BENCH_COMMAND);
const sizes = values.docs.split(',').map((n) => (/^\d+$/.test(n.trim()) ? Number(n) : NaN));
if (sizes.some((n) => !(n >= 1))) exitWithUsage(BENCH_COMMAND, `选项 --docs 需要逗号分隔的正整数，收到 "${values.docs}"`);

const BENCH = resolve('.bench');
const NODE = process.execPath;
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
/** The Starlight release whose peer range includes our pinned astro 7.3.4. */
const STARLIGHT = { '@astrojs/starlight': '0.42.4', astro: '7.3.4' };

const node = (script: string, args: string[], env?: NodeJS.ProcessEnv, cwd?: string) => runMeasured(NODE, [script, ...args], { env, cwd });
/** Steps measured for each N: corpus, ingest, build, search, rebuild, Starlight. */
const STEPS = 4 + (values['no-search'] ? 0 : 1) + (values['no-starlight'] ? 0 : 1);
const progress = startProgress({ label: '基准测试', total: sizes.length * STEPS, unit: '步', stream: process.stderr });
const log = (message: string) => progress.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

interface Column {
  n: number;
  load: string;
  inputMb: number;
  documents: number;
  ingest: Measured;
  check: Measured;
  astro: Measured;
  indexes: IndexTimes;
  pages: number;
  distBytes: number;
  indexBytes: number;
  reingest: Measured;
  recheck: Measured;
  reastro: Measured;
  reindexes: IndexTimes;
  rebuild: Time;
  search?: SearchFigures;
  starlight?: { time: Time; pages: number; peakRss: number };
}

/** Wall and CPU milliseconds. */
interface Time {
  ms: number;
  cpuMs: number;
}

const sum = (...parts: (Time | undefined)[]): Time => ({
  ms: parts.reduce((t, p) => t + (p?.ms ?? 0), 0),
  cpuMs: parts.reduce((t, p) => t + (p?.cpuMs ?? 0), 0),
});

/** A generated corpus, reused when the same N and seed were generated before. */
async function corpus(n: number): Promise<string> {
  const dir = join(BENCH, `corpus-${n}-seed${values.seed}`);
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    log(`generating ${n} documents`);
    await node('scripts/corpus-generate.ts', ['--docs', String(n), '--out', dir, '--seed', String(values.seed)]);
    writeFileSync(join(dir, '.complete'), '');
  }
  return dir;
}

/** The search indexes' part of an `astro build`, from the lines the search integration logs. */
interface IndexTimes {
  /** Pagefind's wall milliseconds, bundles and bundles reused from the cache. */
  pagefindMs: number;
  bundles: string;
  /** Wall milliseconds of the exact-match index. */
  exactMs: number;
  /** Wall milliseconds of both indexes, written side by side. */
  totalMs: number;
}

function indexTimes(log: string): IndexTimes {
  const pagefind = /Pagefind indexed \d+ pages in (\d+) bundle\(s\), (\d+) reused, in (\d+) ms/.exec(log);
  const exact = /exact-match index: .* in (\d+) ms/.exec(log);
  const total = /search indexes written in (\d+) ms/.exec(log);
  if (!pagefind || !exact || !total) throw new Error(`the build did not log its search indexes:\n${log.slice(-2000)}`);
  return { pagefindMs: Number(pagefind[3]), bundles: `${pagefind[1]} (${pagefind[2]} reused)`, exactMs: Number(exact[1]), totalMs: Number(total[1]) };
}

/** `npm run build` as its two steps, check-content and astro build (which writes both search indexes). */
async function build(content: string, dist: string) {
  const env = { CONTENT_DIR: content };
  const check = await node('scripts/check-content.ts', [], env);
  const astro = await node(ASTRO, ['build', '--outDir', dist], env);
  return { check, astro, indexes: indexTimes(astro.stdout + astro.stderr), total: sum(check, astro) };
}

/** Installs the Starlight comparison site once; later runs reuse it. */
async function starlightSite(): Promise<string> {
  const dir = join(BENCH, 'starlight');
  const pkg = JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies: STARLIGHT, allowScripts: { esbuild: true, sharp: true } }, null, 2);
  mkdirSync(dir, { recursive: true });
  const installed = existsSync(join(dir, 'node_modules/@astrojs/starlight')) && existsSync(join(dir, 'package.json')) && readFileSync(join(dir, 'package.json'), 'utf8') === pkg;
  if (!installed) {
    writeFileSync(join(dir, 'package.json'), pkg);
    log('installing Starlight into .bench/starlight (once)');
    await runMeasured('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir });
  }
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: '人大工作实务知识库', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })] });\n`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  return dir;
}

/** Builds the same MDX documents as a default Starlight site (its own Pagefind included). */
async function starlight(content: string) {
  const dir = await starlightSite();
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  for (const collection of ['speeches', 'reports']) {
    if (existsSync(join(content, collection))) cpSync(join(content, collection), join(docs, collection), { recursive: true });
  }
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: 人大工作实务知识库\n---\n\n基准测试站点。\n');
  for (const old of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(dir, old), { recursive: true, force: true });
  const run = await runMeasured(NODE, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir });
  return { time: run as Time, pages: countFiles(join(dir, 'dist'), '.html'), peakRss: run.peakRss };
}

/** Appends a sentence to the first paragraph of one source file; returns a function undoing it. */
function editOneSource(dir: string): () => void {
  const name = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0]!;
  const path = join(dir, name);
  const original = readFileSync(path);
  const text = original.toString('utf8');
  const at = text.indexOf('。');
  writeFileSync(path, text.slice(0, at + 1) + '这是基准测试改动的一句话。' + text.slice(at + 1));
  return () => writeFileSync(path, original);
}

async function measure(n: number): Promise<Column> {
  const sources = await corpus(n);
  progress.tick();
  const content = join(BENCH, `content-${n}`);
  const dist = join(BENCH, `dist-${n}`);
  const cache = join(BENCH, `ingest-cache-${n}`);
  // A cold start: no ingest cache, no content check memo, no Astro cache, no output.
  for (const dir of [content, dist, cache, contentCheckMemo(content), astroCacheDir(content)!]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  // The build reads the taxonomy from the content folder: the same data files ingestion used.
  for (const file of INGEST_DATA_FILES) cpSync(file, join(content, file.replace(/^content\//, '')));
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');

  log(`N=${n}: ingest`);
  const ingest = await node('scripts/ingest.ts', [sources, '--out', content, '--cache', cache]);
  log(`N=${n}: ingest ${t(ingest)}`);
  progress.tick();
  const documents = countFiles(join(content, 'speeches'), DOCUMENT_EXTENSION) + countFiles(join(content, 'reports'), DOCUMENT_EXTENSION);
  log(`N=${n}: build (${documents} documents)`);
  const full = await build(content, dist);
  log(`N=${n}: check ${t(full.check)}, astro ${t(full.astro)} (Pagefind ${sec(full.indexes.pagefindMs)}, exact index ${sec(full.indexes.exactMs)})`);
  progress.tick();
  const pages = countFiles(dist, '.html');
  const distBytes = folderSize(dist);
  const indexBytes = folderSize(join(dist, 'pagefind')) + folderSize(join(dist, 'search-index'));
  const search = values['no-search'] ? undefined : (log(`N=${n}: search`), await measureSearch(dist));
  if (search) progress.tick();

  log(`N=${n}: rebuild after editing one source document`);
  const undo = editOneSource(sources);
  let reingest: Measured;
  let again: Awaited<ReturnType<typeof build>>;
  try {
    reingest = await node('scripts/ingest.ts', [sources, '--out', content, '--cache', cache]);
    again = await build(content, dist);
    log(`N=${n}: re-ingest ${t(reingest)}, check ${t(again.check)}, astro ${t(again.astro)}`);
    progress.tick();
  } finally {
    undo();
  }
  return {
    n,
    load,
    inputMb: folderSize(sources) / 1e6,
    documents,
    ingest,
    check: full.check,
    astro: full.astro,
    indexes: full.indexes,
    pages,
    distBytes,
    indexBytes,
    reingest,
    recheck: again.check,
    reastro: again.astro,
    reindexes: again.indexes,
    rebuild: sum(reingest, again.total),
    search,
  };
}

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** Wall time, and CPU time in parentheses. */
const t = (time: Time) => `${sec(time.ms)} (cpu ${sec(time.cpuMs)})`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1e3).toFixed(0)} KB`;
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const total = (c: Column) => sum(c.ingest, c.check, c.astro);
/** The site build: astro build, which includes both search indexes. */
const site = (c: Column) => c.astro;
/** Astro's own part of a build: the whole minus the search indexes. */
const pagesPart = (astro: Measured, indexes: IndexTimes) => sec(astro.ms - indexes.totalMs);
const perPage = (time: Time, pages: number) => `${(time.ms / pages).toFixed(1)} (cpu ${(time.cpuMs / pages).toFixed(1)})`;
const pct = (part: Time, whole: Time) => `${Math.round((100 * part.ms) / whole.ms)}% (cpu ${Math.round((100 * part.cpuMs) / whole.cpuMs)}%)`;
const ratio = (c: Column) =>
  c.starlight
    ? `${(c.starlight.time.ms / c.starlight.pages / (site(c).ms / c.pages)).toFixed(2)} (cpu ${(c.starlight.time.cpuMs / c.starlight.pages / (site(c).cpuMs / c.pages)).toFixed(2)})`
    : '-';

function table(columns: Column[]): string {
  const rows: [string, (c: Column) => string][] = [
    ['load average at start (1/5/15 min)', (c) => c.load],
    ['input', (c) => `${c.inputMb.toFixed(1)} MB`],
    ['documents written', (c) => String(c.documents)],
    ['ingest', (c) => t(c.ingest)],
    ['ingest throughput (wall)', (c) => `${Math.round(c.documents / (c.ingest.ms / 1000))} doc/s, ${(c.inputMb / (c.ingest.ms / 1000)).toFixed(2)} MB/s`],
    ['ingest peak RSS', (c) => gib(c.ingest.peakRss)],
    ['content check', (c) => t(c.check)],
    ['astro build incl. search indexes', (c) => t(c.astro)],
    ['  of which pages (sync, bundle, render)', (c) => pagesPart(c.astro, c.indexes)],
    ['  of which search indexes (side by side)', (c) => sec(c.indexes.totalMs)],
    ['    Pagefind (bundles)', (c) => `${sec(c.indexes.pagefindMs)}, ${c.indexes.bundles}`],
    ['    exact-match index', (c) => sec(c.indexes.exactMs)],
    ['astro build peak RSS (incl. Pagefind)', (c) => gib(c.astro.peakRss)],
    ['full ingest + build + index', (c) => t(total(c))],
    ['full run peak RSS', (c) => gib(Math.max(c.ingest.peakRss, c.check.peakRss, c.astro.peakRss))],
    ['pages (html)', (c) => String(c.pages)],
    ['ms per page (astro build)', (c) => perPage(site(c), c.pages)],
    ['dist/ size', (c) => mb(c.distBytes)],
    ['index size (pagefind + search-index)', (c) => mb(c.indexBytes)],
    ['re-ingest after editing 1 source', (c) => t(c.reingest)],
    ['re-check', (c) => t(c.recheck)],
    ['re-build (astro)', (c) => t(c.reastro)],
    ['  of which pages', (c) => pagesPart(c.reastro, c.reindexes)],
    ['  of which search indexes (side by side)', (c) => sec(c.reindexes.totalMs)],
    ['    Pagefind (bundles)', (c) => `${sec(c.reindexes.pagefindMs)}, ${c.reindexes.bundles}`],
    ['    exact-match index', (c) => sec(c.reindexes.exactMs)],
    ['rebuild after editing 1 source (sum)', (c) => t(c.rebuild)],
    ['rebuild / full', (c) => pct(c.rebuild, total(c))],
    ['search mode', (c) => c.search?.mode ?? 'no search'],
    ['search cold first query (mean / max)', (c) => (c.search ? `${kb(c.search.coldBytes)} / ${kb(c.search.coldBytesMax)}` : '-')],
    ['search warm query (mean)', (c) => (c.search ? kb(c.search.warmBytes) : '-')],
    ['search warm latency (median)', (c) => (c.search ? `${c.search.warmMedianMs.toFixed(0)} ms` : '-')],
    ['search warm, until related shows (median)', (c) => (c.search?.relatedMedianMs !== undefined ? `${c.search.relatedMedianMs.toFixed(0)} ms` : '-')],
    ['search cold, exact suffices / related loads (mean)', (c) => (c.search?.coldBytesExactOnly !== undefined ? `${kb(c.search.coldBytesExactOnly)} / ${kb(c.search.coldBytesWithRelated!)}` : '-')],
    ['natural phrases: related in top 10 / with all words', (c) => (c.search?.naturalRelated !== undefined ? `${c.search.naturalRelated.toFixed(1)} / ${c.search.naturalAllWords!.toFixed(1)}` : '-')],
    ['starlight build (incl. its pagefind)', (c) => (c.starlight ? t(c.starlight.time) : '-')],
    ['starlight pages', (c) => (c.starlight ? String(c.starlight.pages) : '-')],
    ['starlight peak RSS', (c) => (c.starlight ? gib(c.starlight.peakRss) : '-')],
    ['starlight ms per page', (c) => (c.starlight ? perPage(c.starlight.time, c.starlight.pages) : '-')],
    ['starlight ms/page ÷ ours (want ≥ 2)', ratio],
  ];
  const head = ['N documents', ...columns.map((c) => String(c.n))];
  const body = rows.map(([label, f]) => [label, ...columns.map(f)]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

// The table so far is printed after each step, so a long run that is stopped still leaves its
// figures; a Starlight build that fails is reported and leaves its column empty.
const columns: Column[] = [];
for (const n of sizes) {
  const column = await measure(n);
  columns.push(column);
  progress.log(`\n${table(columns)}`, process.stdout);
  if (values['no-starlight']) continue;
  log(`N=${n}: Starlight`);
  try {
    column.starlight = await starlight(join(BENCH, `content-${n}`));
    progress.log(`\n${table(columns)}`, process.stdout);
  } catch (error) {
    log(`N=${n}: the Starlight build failed: ${(error as Error).message.slice(0, 2000)}`);
  }
  progress.tick();
}
progress.done();
