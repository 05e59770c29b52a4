/**
 * `npm run bench:search [-- --reuse] [--root dist] [--seed 4] [--base /] [--cold 36]` (usage: BENCH_SEARCH below)
 *
 * Builds the site (or reuses dist/ with --reuse), then runs the search benchmark
 * (src/tools/bench/search.ts) through our search page and through plain Pagefind with default
 * settings on the same pages and queries, and prints recall, R-precision, precision, warm latency
 * (median, p90), bytes per cold first query (mean / max) and per warm query, and recall and
 * R-precision per query category; for our search also the time until the related section shows,
 * cold bytes with and without it, and the related results of natural phrases. Per-query details go to .bench/search-<time>.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runSearchBench } from '../src/tools/bench/search.ts';
import { parseCommand, runCommand, UsageError, type CommandSpec } from './lib/cli.ts';
import { CATEGORIES } from '../src/tools/bench/search-queries.ts';

const BENCH_SEARCH = {
  name: 'npm run bench:search --',
  summary:
    '搜索基准：构建站点（或用 --reuse 沿用已构建的），在无头 Chromium 中通过真实的搜索页执行一组固定的 100 多个查询，\n' +
    '打印本站搜索与默认 Pagefind 的召回率、R-精确率、精确率、延迟和传输字节数。逐条结果写到 .bench/search-<时间>.json。',
  options: {
    reuse: { type: 'boolean', description: '已有完整构建时不再构建' },
    root: { type: 'string', value: 'DIR', default: 'dist', description: '站点文件夹（不是 dist 时须先构建并加 --reuse）' },
    seed: { type: 'integer', value: 'S', default: 4, description: '选取查询的随机种子' },
    base: { type: 'string', value: 'PATH', default: process.env.BASE_PATH || '/', description: '站点子路径（环境变量 BASE_PATH）' },
    cold: { type: 'integer', value: 'N', default: 36, description: '测冷启动首次查询的查询数' },
  },
  examples: [
    ['npm run bench:search', '构建后测量'],
    ['npm run bench:search -- --reuse', '沿用 dist/ 中的构建'],
    ['npm run bench:search -- --reuse --seed 7', '换一组查询'],
  ],
} satisfies CommandSpec;

const { values: args } = parseCommand(BENCH_SEARCH);
const root = args.root;
const base = args.base;

/** Builds the site unless reusing a complete one. */
function build(): void {
  const complete = existsSync(join(root, 'search-index/meta.bin')) && existsSync(join(root, 'pagefind/pagefind.js'));
  if (args.reuse && complete) return;
  if (root !== 'dist') throw new UsageError(`--root ${root}：请先构建该站点，或加 --reuse`);
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BASE_PATH: base } });
  if (result.status !== 0) throw new Error('npm run build failed');
}

const pct = (x: number) => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

await runCommand(BENCH_SEARCH, 'bench:search', async () => {
  build();
  const result = await runSearchBench(root, { base, seed: args.seed, cold: args.cold, pagefind: true });
  if (!result) throw new Error(`${root}: the site has no search`);
  const { documents, queries, engines } = result;
  console.log(`${documents} documents, ${queries.length} queries (seed ${args.seed}; cold: ${Math.min(queries.length, args.cold)})`);
  console.log('');
  console.log('| engine | recall | R-precision | precision | queries R-prec<1 | no-match queries with results | warm median | warm p90 | cold first query (mean / max) | warm query (mean) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of engines) {
    console.log(
      `| ${r.engine} | ${pct(r.recall)} | ${pct(r.rPrecision)} | ${pct(r.precision)} | ${r.imperfect} | ${r.noMatchWithResults} | ${r.warmMedianMs.toFixed(1)} ms | ${r.warmP90Ms.toFixed(1)} ms | ${kb(r.coldBytes)} / ${kb(r.coldBytesMax)} | ${kb(r.warmBytes)} |`,
    );
  }
  const ours = engines.find((r) => r.relatedMedianMs !== undefined);
  if (ours) {
    const ms = (x?: number) => (x === undefined || Number.isNaN(x) ? '–' : `${x.toFixed(1)} ms`);
    const kbOr = (x?: number) => (x === undefined || Number.isNaN(x) ? '–' : kb(x));
    const num = (x?: number) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(1));
    console.log('');
    console.log('| this project | warm median, exact section | warm median, until related shows | cold first query, exact suffices | cold first query, related loads | natural phrases: related in top 10 | of them with all words |');
    console.log('|---|---|---|---|---|---|---|');
    console.log(
      `| ${documents} documents | ${ms(ours.warmMedianMs)} | ${ms(ours.relatedMedianMs)} | ${kbOr(ours.coldBytesExactOnly)} | ${kbOr(ours.coldBytesWithRelated)} | ${num(ours.naturalRelated)} | ${num(ours.naturalAllWords)} |`,
    );
  }
  console.log('');
  console.log(`| category (queries) | ${engines.map((r) => `${r.engine}: recall / R-precision`).join(' | ')} |`);
  console.log(`|---|${engines.map(() => '---').join('|')}|`);
  for (const c of CATEGORIES) {
    const n = queries.filter((q) => q.category === c).length;
    console.log(`| ${c} (${n}) | ${engines.map((r) => `${pct(r.byCategory[c].recall)} / ${pct(r.byCategory[c].rPrecision)}`).join(' | ')} |`);
  }
  await mkdir('.bench', { recursive: true });
  const out = `.bench/search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  await writeFile(out, JSON.stringify({ documents, queries, engines }, null, 1));
  console.log(`\nper-query details: ${out}`);
});
