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
import { hasSearchIndexes, npmBuild } from '../src/tools/bench/commands.ts';
import { runSearchBench } from '../src/tools/bench/search.ts';
import { saveSearchDetails, searchReport } from '../src/tools/bench/search-report.ts';
import { parseCommand, runCommand, UsageError, type CommandSpec } from './lib/cli.ts';

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

await runCommand(BENCH_SEARCH, 'bench:search', async () => {
  // Builds the site unless reusing a complete one.
  if (!(args.reuse && hasSearchIndexes(root))) {
    if (root !== 'dist') throw new UsageError(`--root ${root}：请先构建该站点，或加 --reuse`);
    npmBuild(args.base);
  }
  const result = await runSearchBench(root, { base: args.base, seed: args.seed, cold: args.cold, pagefind: true });
  if (!result) throw new Error(`${root}: the site has no search`);
  for (const line of searchReport(result, { seed: args.seed, cold: args.cold })) console.log(line);
  console.log(`\nper-query details: ${await saveSearchDetails(result)}`);
});
