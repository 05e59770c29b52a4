/**
 * `npm run setup`, after its first `npm install`: installs once more under this project's Node (the
 * first pass ran under the machine's Node, which may be too old for an optional dependency, such as
 * the test browser, and so skipped it), then ingests the raw sources and builds the site into dist/.
 */
import { spawnSync } from 'node:child_process';

/** Runs npm (the one running this script) under this Node; stops setup when it fails. */
function npm(...args: string[]): void {
  const npmCli = process.env.npm_execpath;
  if (!npmCli) {
    console.error('请用 npm run setup 运行安装。');
    process.exit(1);
  }
  const result = spawnSync(process.execPath, [npmCli, ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

npm('install', '--no-audit', '--no-fund');
npm('run', 'ingest');
npm('run', 'build');
console.log('站点已构建到 dist/ 。运行 npm run preview 在本机浏览。');
