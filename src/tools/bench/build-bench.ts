/**
 * `npm run bench`: for each N, generates a synthetic corpus of N articles (.bench/corpus-N),
 * ingests it into a temporary content folder (.bench/content-N), builds the site from it
 * (CONTENT_DIR) into .bench/dist-N, timing Astro and the search indexes separately, then edits one
 * source document and measures the rebuild (ingest with its cache + build). It measures search in
 * headless Chromium and builds the same documents as a plain Starlight site. The table of the N
 * measured so far goes to stdout after each step, so a long run that is stopped still leaves its
 * figures; progress and the log go to stderr. Everything it writes is below .bench/ (gitignored).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { astroCacheDir, contentCheckMemo, DOCUMENT_EXTENSION } from '../../collections/content-dir.ts';
import { INGEST_DATA_FILES } from '../../ingest/runner/context.ts';
import { startProgress, type Progress } from '../../lib/progress.ts';
import { buildTable, type Column } from './build-table.ts';
import { buildSite, generateSources, ingestSources, madeOnce } from './commands.ts';
import { loadAverage, sec, sumTimes, timestampedLog, wallCpu } from './format.ts';
import { indexTimes } from './index-times.ts';
import { countFiles, folderSize, type Measured } from './measure.ts';
import { measureSearch } from './search.ts';
import { buildStarlight } from './starlight.ts';

/** What `npm run bench` measures, from its arguments. */
export interface BuildBenchOptions {
  /** Corpus sizes, in order. */
  sizes: readonly number[];
  /** Seed of the synthetic corpus. */
  seed: number;
  /** Measure search in headless Chromium. */
  search: boolean;
  /** Build the Starlight comparison site. */
  starlight: boolean;
}

const BENCH = resolve('.bench');

/** One measuring run: where it logs and counts its steps. */
interface Run {
  options: BuildBenchOptions;
  progress: Progress;
  log: (message: string) => void;
}

/** `npm run build` measured, with the search indexes' part of the astro build. */
async function measuredBuild(content: string, dist: string) {
  const { check, astro } = await buildSite(content, dist);
  return { check, astro, indexes: indexTimes(astro.stdout + astro.stderr), total: sumTimes(check, astro) };
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

/** Every figure of one corpus size but the Starlight build, from a cold start. */
async function measureSize(n: number, { options, progress, log }: Run): Promise<Column> {
  // A generated corpus is reused when the same N and seed were generated before.
  const corpus = join(BENCH, `corpus-${n}-seed${options.seed}`);
  const sources = await madeOnce(corpus, () => {
    log(`generating ${n} documents`);
    return generateSources(n, corpus, options.seed);
  });
  progress.tick();
  const content = join(BENCH, `content-${n}`);
  const dist = join(BENCH, `dist-${n}`);
  const cache = join(BENCH, `ingest-cache-${n}`);
  // A cold start: no ingest cache, no content check memo, no Astro cache, no output.
  for (const dir of [content, dist, cache, contentCheckMemo(content), astroCacheDir(content)!]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  // The build reads the taxonomy from the content folder: the same data files ingestion used.
  for (const file of INGEST_DATA_FILES) cpSync(file, join(content, file.replace(/^content\//, '')));
  const load = loadAverage();

  log(`N=${n}: ingest`);
  const ingest = await ingestSources(sources, content, cache);
  log(`N=${n}: ingest ${wallCpu(ingest)}`);
  progress.tick();
  const documents = countFiles(join(content, 'speeches'), DOCUMENT_EXTENSION) + countFiles(join(content, 'reports'), DOCUMENT_EXTENSION);
  log(`N=${n}: build (${documents} documents)`);
  const full = await measuredBuild(content, dist);
  log(`N=${n}: check ${wallCpu(full.check)}, astro ${wallCpu(full.astro)} (Pagefind ${sec(full.indexes.pagefindMs)}, exact index ${sec(full.indexes.exactMs)})`);
  progress.tick();
  const pages = countFiles(dist, '.html');
  const distBytes = folderSize(dist);
  const indexBytes = folderSize(join(dist, 'pagefind')) + folderSize(join(dist, 'search-index'));
  const search = options.search ? (log(`N=${n}: search`), await measureSearch(dist)) : undefined;
  if (search) progress.tick();

  log(`N=${n}: rebuild after editing one source document`);
  const undo = editOneSource(sources);
  let reingest: Measured;
  let again: Awaited<ReturnType<typeof measuredBuild>>;
  try {
    reingest = await ingestSources(sources, content, cache);
    again = await measuredBuild(content, dist);
    log(`N=${n}: re-ingest ${wallCpu(reingest)}, check ${wallCpu(again.check)}, astro ${wallCpu(again.astro)}`);
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
    rebuild: sumTimes(reingest, again.total),
    search,
  };
}

/**
 * Measures every size in turn and prints the table so far after each step; a Starlight build
 * that fails is reported and leaves its column empty.
 */
export async function runBuildBench(options: BuildBenchOptions): Promise<void> {
  /** Steps measured for each N: corpus, ingest, build, search, rebuild, Starlight. */
  const steps = 4 + (options.search ? 1 : 0) + (options.starlight ? 1 : 0);
  const progress = startProgress({ label: '基准测试', total: options.sizes.length * steps, unit: '步', stream: process.stderr });
  const run: Run = { options, progress, log: timestampedLog('bench', (line) => progress.log(line)) };
  const columns: Column[] = [];
  for (const n of options.sizes) {
    const column = await measureSize(n, run);
    columns.push(column);
    progress.log(`\n${buildTable(columns)}`, process.stdout);
    if (!options.starlight) continue;
    run.log(`N=${n}: Starlight`);
    try {
      column.starlight = await buildStarlight(BENCH, join(BENCH, `content-${n}`), run.log);
      progress.log(`\n${buildTable(columns)}`, process.stdout);
    } catch (error) {
      run.log(`N=${n}: the Starlight build failed: ${(error as Error).message.slice(0, 2000)}`);
    }
    progress.tick();
  }
  progress.done();
}
