/**
 * `npm run corpus:generate -- --docs N --out DIR [--seed S]` (usage: CORPUS_GENERATE below): writes
 * a deterministic synthetic corpus of raw compilations built from content/sources/, for scale
 * tests and benchmarks (src/tools/synthetic-corpus/).
 */
import { mb } from '../src/tools/bench/format.ts';
import { writeSyntheticCorpus } from '../src/tools/synthetic-corpus/write.ts';
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
if (!values.out) exitWithUsage(CORPUS_GENERATE, '缺少选项 --out');
const { files, bytes } = writeSyntheticCorpus({ docs: values.docs, seed: values.seed, sources: values.sources, out: values.out });
console.log(`生成 ${values.docs} 篇文章，${files} 个汇编文件，${mb(bytes)} → ${values.out}`);
