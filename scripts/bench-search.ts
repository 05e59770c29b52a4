/**
 * `npm run bench:search [-- --reuse] [--root dist] [--seed 4] [--base /] [--cold 36]`
 *
 * Builds the site (or reuses dist/ with --reuse), then runs the search benchmark
 * (scripts/lib/bench-search.ts) through our search page and through plain Pagefind with default
 * settings on the same pages and queries, and prints recall, R-precision, precision, warm latency
 * (median, p90), bytes per cold first query (mean / max) and per warm query, and recall and
 * R-precision per query category; for our search also the time until the related section shows,
 * cold bytes with and without it, and the related results of natural phrases. Per-query details go to .bench/search-<time>.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runSearchBench } from './lib/bench-search.ts';
import { CATEGORIES } from './lib/search-queries.ts';

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

/** Builds the site unless reusing a complete one. */
function build(): void {
  const complete = existsSync(join(root, 'search-index/meta.bin')) && existsSync(join(root, 'pagefind/pagefind.js'));
  if (args.reuse && complete) return;
  if (root !== 'dist') throw new Error(`--root ${root}: build it first, or run with --reuse`);
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BASE_PATH: base } });
  if (result.status !== 0) throw new Error('npm run build failed');
}

const pct = (x: number) => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

build();
const result = await runSearchBench(root, { base, seed: Number(args.seed), cold: Number(args.cold), pagefind: true });
if (!result) throw new Error(`${root}: the site has no search`);
const { documents, queries, engines } = result;
console.log(`${documents} documents, ${queries.length} queries (seed ${args.seed}; cold: ${Math.min(queries.length, Number(args.cold))})`);
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
