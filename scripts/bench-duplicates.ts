/**
 * Benchmark: findDuplicates over a synthetic corpus of N documents (default 10,000) built from the
 * seed compilations' lines, with one in twenty a near-duplicate (a paragraph dropped, a sentence
 * added). Prints time, memory and how many planted duplicates were found.
 *
 *   node_modules/.bin/node scripts/bench-duplicates.ts [--docs N]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { findDuplicates } from '../src/ingest/classify/duplicates.ts';
import { seededRandom } from '../src/tools/seeded-random.ts';
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
const dir = new URL('../content/sources/', import.meta.url);
const lines = readdirSync(dir)
  .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n'))
  .map((l) => l.trim())
  .filter((l) => l.length > 20);

// Deterministic pseudo-random numbers.
const { next: random, pick } = seededRandom(42);

const docs: { key: string; text: string }[] = [];
const planted = new Map<string, string>();
for (let i = 0; i < n; i++) {
  if (i > 0 && i % 20 === 0) {
    const original = docs[Math.floor(random() * docs.length)]!;
    const paragraphs = original.text.split('\n');
    paragraphs.splice(Math.floor(random() * paragraphs.length), 1);
    docs.push({ key: `d${i}`, text: [...paragraphs, '同志们，让我们共同努力。'].join('\n') });
    planted.set(`d${i}`, original.key);
    continue;
  }
  // 6–14 random lines of the seeds, shuffled: documents share phrases and lines, like real ones.
  const count = 6 + Math.floor(random() * 9);
  docs.push({ key: `d${i}`, text: Array.from({ length: count }, () => pick(lines)).join('\n') });
}

const chars = docs.reduce((s, d) => s + d.text.length, 0);
const start = performance.now();
const result = findDuplicates(docs);
const ms = performance.now() - start;
const canonical = (key: string): string => result.get(key) ?? key;
const found = [...planted].filter(([copy, original]) => canonical(copy) === canonical(original)).length;
console.log(`documents            ${n}`);
console.log(`characters           ${(chars / 1e6).toFixed(1)} M (mean ${Math.round(chars / n)} per document)`);
console.log(`findDuplicates       ${(ms / 1000).toFixed(2)} s`);
console.log(`heap used            ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);
console.log(`planted duplicates   ${planted.size}, found ${found}`);
console.log(`reported duplicates  ${result.size}`);
