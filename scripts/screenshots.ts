/**
 * Screenshots of the main page types at desktop (1280 px) and phone (375 px) widths, for looking
 * at the layout: `npm run shots -- [outDir] [--dist DIR]` (default /tmp/shots) after `npm run build`
 * (src/tools/screenshots.ts).
 */
import { takeScreenshots } from '../src/tools/screenshots.ts';
import { exitWithUsage, parseCommand, type CommandSpec } from './lib/cli.ts';

const SHOTS = {
  name: 'npm run shots --',
  positionals: '[输出文件夹]',
  summary: '在无头 Chromium 中以 1280 px 和 375 px 宽度给主要页面类型截图（整页；手机宽度另存前 1600 px），并报告横向溢出。先 npm run build。\n输出文件夹默认 /tmp/shots。',
  options: {
    dist: { type: 'string', value: 'DIR', default: 'dist', description: '已构建站点的文件夹' },
  },
  examples: [
    ['npm run shots', '截图到 /tmp/shots/'],
    ['npm run shots -- /tmp/new --dist /tmp/site', '给另一个构建截图到 /tmp/new/'],
  ],
} satisfies CommandSpec;

const { values, positionals } = parseCommand(SHOTS);
if (positionals.length > 1) exitWithUsage(SHOTS, `多余的参数 ${positionals[1]}`);
const outDir = positionals[0] ?? '/tmp/shots';
await takeScreenshots(values.dist, outDir, ({ file, overflow }) => console.log(`${file}${overflow > 0 ? `  (horizontal overflow ${overflow}px)` : ''}`));
