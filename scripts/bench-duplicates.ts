/**
 * Benchmark: findDuplicates over a synthetic corpus of N documents (default 10,000) built from the
 * seed compilations' lines, with one in twenty a near-duplicate (a paragraph dropped, a sentence
 * added). Prints time, memory and how many planted duplicates were found (src/tools/bench/duplicates.ts).
 *
 *   node_modules/.bin/node scripts/bench-duplicates.ts [--docs N]
 */
import { fileURLToPath } from 'node:url';
import { duplicateCorpus, duplicateReport, measureDuplicates, sourceLines } from '../src/tools/bench/duplicates.ts';
import { parseCommand, type CommandSpec } from './lib/cli.ts';

const BENCH_DUPLICATES = {
  name: 'node_modules/.bin/node scripts/bench-duplicates.ts',
  summary: '查重基准：用原始汇编的句子拼出 N 篇合成文档（每 20 篇有一篇近似重复），打印 findDuplicates 的耗时、内存和找回的重复数。',
  options: {
    docs: { type: 'integer', value: 'N', min: 1, default: 10_000, description: '文档篇数' },
  },
  examples: [
    ['node_modules/.bin/node scripts/bench-duplicates.ts', '1 万篇'],
    ['node_modules/.bin/node scripts/bench-duplicates.ts --docs 1000', '1000 篇'],
  ],
} satisfies CommandSpec;

const n = parseCommand(BENCH_DUPLICATES).values.docs;
const lines = sourceLines(fileURLToPath(new URL('../content/sources/', import.meta.url)));
for (const line of duplicateReport(measureDuplicates(duplicateCorpus(lines, n)))) console.log(line);
