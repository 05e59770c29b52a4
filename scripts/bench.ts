/**
 * `npm run bench -- [--docs 1000,10000] [--seed 1] [--no-starlight] [--no-search]` (usage: BENCH_COMMAND
 * below): build, rebuild and search figures for each corpus size N side by side, and the same
 * documents as a Starlight site. The work is src/tools/bench/build-bench.ts; everything it writes
 * is below .bench/ (gitignored).
 */
import { runBuildBench } from '../src/tools/bench/build-bench.ts';
import { exitWithUsage, parseCommand, type CommandSpec } from './lib/cli.ts';

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

await runBuildBench({ sizes, seed: values.seed, search: !values['no-search'], starlight: !values['no-starlight'] });
