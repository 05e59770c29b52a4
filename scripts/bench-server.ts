/**
 * `npm run bench:server [-- --concurrent 1000] [--aborted 500] [--replaced 200] [--rounds 8]` (usage: BENCH_SERVER below)
 *
 * Load test of the preview server on loopback (src/tools/bench/server-load.ts): concurrent requests,
 * downloads aborted mid-body and requests for files being replaced. Prints the requests sent, the
 * errors, whether the server still answers, its open files (before, peak, after) and its RSS, heap
 * and external memory before and after each round (flat from round to round: no leak). Exits 1
 * when the server failed a request or kept files open (src/tools/bench/server-load-report.ts).
 */
import { parseCommand, runCommand, type CommandSpec } from './lib/cli.ts';
import { runServerLoad } from '../src/tools/bench/server-load.ts';
import { serverLoadFailed, serverLoadReport } from '../src/tools/bench/server-load-report.ts';

const BENCH_SERVER = {
  name: 'npm run bench:server --',
  summary:
    '预览服务器的压力测试（本机回环）：同时发出大量请求、中途取消下载、请求正在被替换的文件，\n' +
    '打印请求数、失败数、打开的文件数（之前、峰值、之后）以及每轮之后的内存。',
  options: {
    concurrent: { type: 'integer', value: 'N', default: 1000, min: 1, description: '每轮同时发出的请求数（页面和不存在的地址）' },
    aborted: { type: 'integer', value: 'N', default: 500, description: '每轮中途取消的大文件下载数' },
    replaced: { type: 'integer', value: 'N', default: 200, description: '每轮请求正在被替换的文件的次数' },
    rounds: { type: 'integer', value: 'N', default: 8, min: 1, description: '轮数：内存逐轮上涨即为泄漏' },
  },
  examples: [
    ['npm run bench:server', '默认负载，8 轮'],
    ['npm run bench:server -- --rounds 2 --concurrent 200', '快速试一次'],
  ],
} satisfies CommandSpec;

const { values } = parseCommand(BENCH_SERVER);
await runCommand(BENCH_SERVER, 'bench:server', async () => {
  const figures = await runServerLoad(values);
  for (const line of serverLoadReport(figures, values)) console.log(line);
  if (serverLoadFailed(figures)) process.exitCode = 1;
});
