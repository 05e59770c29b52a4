/**
 * `npm run setup`, after its first `npm install`: installs once more under this project's Node (the
 * first pass ran under the machine's Node, which may be too old for an optional dependency, such as
 * the test browser, and so skipped it), then ingests the raw sources and builds the site.
 */
import { parseCommand, runStep, type CommandSpec } from './lib/cli.ts';

const SETUP = {
  name: 'node_modules/.bin/node scripts/setup.ts',
  summary:
    'npm run setup 的后半步（前半步 npm install 装好本项目的 Node 之后）：在本项目的 Node 下再装一次依赖（补上测试用浏览器等可选依赖），\n' +
    '再导入 content/sources/ 的原始材料（npm run ingest），最后构建站点（npm run build）。',
  options: {
    outDir: { type: 'string', value: 'DIR', default: 'dist', description: '站点输出文件夹' },
  },
  notes: ['退出码：0 成功；其他为失败那一步的退出码。'],
  examples: [
    ['npm run setup', '安装、导入并构建到 dist/'],
    ['npm run setup -- --outDir /tmp/site', '构建到另一个文件夹'],
  ],
} satisfies CommandSpec;

const { values } = parseCommand(SETUP);

// npm (the one that runs `npm run setup`) runs each step under this Node; setup stops at the first that fails.
const npmCli = process.env.npm_execpath;
if (!npmCli) {
  console.error('错误：请用 npm run setup 运行安装。');
  process.exit(1);
}
runStep(process.execPath, [npmCli, 'install', '--no-audit', '--no-fund']);
runStep(process.execPath, [npmCli, 'run', 'ingest']);
runStep(process.execPath, [npmCli, 'run', 'build', '--', '--outDir', values.outDir]);
console.log(`站点已构建到 ${values.outDir}/ 。运行 npm run preview 在本机浏览。`);
