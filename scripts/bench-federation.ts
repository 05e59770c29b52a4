/**
 * `npm run bench:federation -- [--docs 1000] [--sites 3,10] [--seed 1] [--cold 12] [--reuse]` (usage: BENCH_FEDERATION below)
 *
 * What one search over several county sites costs (src/tools/bench/federation.ts). It prints, per
 * number of sites S:
 * - exactness: queries whose federated result set differs from the union of the S sites' own
 *   result sets (each site searched alone with the same engine), with exact matches first;
 * - cold first query bytes (mean / max) and requests, split by origin (this site, the others);
 * - warm median and p90 latency, and requests per warm query.
 * Everything goes below .bench/federation/ (gitignored); --reuse keeps the built sites.
 */
import { runFederationBench } from '../src/tools/bench/federation.ts';
import { federationTable } from '../src/tools/bench/federation-table.ts';
import { loadAverage, timestampedLog } from '../src/tools/bench/format.ts';
import { parseCommand, runCommand, UsageError, type CommandSpec } from './lib/cli.ts';

const BENCH_FEDERATION = {
  name: 'npm run bench:federation --',
  summary:
    '联合搜索基准：把生成的语料分成若干个县级站点，分别构建并在本机不同端口上提供，再构建一个列出其他站点的站点，\n' +
    '在无头 Chromium 中用搜索基准的查询集比较联合搜索与同样大小的单个站点：结果是否等于各站点结果之并、首次查询字节数、延迟。',
  options: {
    docs: { type: 'integer', value: 'N', default: 1000, min: 1, description: '每个站点的文档数' },
    sites: { type: 'string', value: 'LIST', default: '3,10', description: '站点数，逗号分隔，每个至少 2' },
    seed: { type: 'integer', value: 'S', default: 1, description: '生成语料和选取查询的随机种子' },
    cold: { type: 'integer', value: 'N', default: 12, min: 1, description: '测冷启动首次查询的查询数' },
    reuse: { type: 'boolean', description: '沿用 .bench/federation/ 中设置相同的已构建站点' },
  },
  examples: [
    ['npm run bench:federation', '3 个和 10 个站点，每站 1,000 篇'],
    ['npm run bench:federation -- --docs 100 --sites 3', '快速试一次'],
    ['npm run bench:federation -- --reuse', '不重新构建，只重新测量'],
  ],
} satisfies CommandSpec;

const { values } = parseCommand(BENCH_FEDERATION);
const sites = values.sites.split(',').map(Number);

await runCommand(BENCH_FEDERATION, 'bench:federation', async () => {
  if (sites.some((n) => !Number.isInteger(n) || n < 2)) throw new UsageError(`--sites ${values.sites}：需要逗号分隔的站点数，每个至少 2`);
  const log = timestampedLog('bench:federation', (line) => console.error(line));
  const results = await runFederationBench({ perSite: values.docs, sites, seed: values.seed, cold: values.cold, reuse: values.reuse, log });
  console.log(`load average at the end: ${loadAverage()}`);
  for (const line of federationTable(results)) console.log(line);
});
