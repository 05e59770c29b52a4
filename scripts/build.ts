/**
 * `npm run build [-- --outDir DIR] [--force]`: checks the content (scripts/check-content.ts), then
 * runs `astro build`, whose integrations write the search indexes. Stops at the first step that
 * fails, with that step's exit status. When a page the incremental build kept links to a bundled
 * file this build did not write (src/utils/asset-links.ts), it builds everything again.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { repairMissingAssets } from '../src/utils/asset-links.ts';
import { parseCommand, runStep, type CommandSpec } from './lib/cli.ts';

const BUILD = {
  name: 'npm run build --',
  summary:
    '先检查内容（npm run check:content），再用 Astro 构建站点并写出两种搜索索引。\n' +
    '增量构建：内容和代码未变的页面、索引段保留上次的结果。内容文件夹取环境变量 CONTENT_DIR（默认 content）。',
  options: {
    outDir: { type: 'string', value: 'DIR', default: 'dist', description: '站点输出文件夹' },
    force: { type: 'boolean', description: '重新生成所有页面（不复用上次构建）' },
  },
  notes: [
    '环境变量：BASE_PATH 站点所在子路径（默认 /），SITE_URL 站点地址，CONTENT_DIR 内容文件夹。',
    '退出码：0 成功；1 内容检查未通过或构建失败；2 用法错误。',
  ],
  examples: [
    ['npm run build', '构建到 dist/'],
    ['BASE_PATH=/rdzl/ npm run build', '站点放在内网门户的 /rdzl/ 下'],
    ['npm run build -- --force --outDir /tmp/site', '全部重建到另一个文件夹'],
  ],
} satisfies CommandSpec;

const { values } = parseCommand(BUILD);
const ASTRO = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

runStep(process.execPath, [fileURLToPath(new URL('check-content.ts', import.meta.url))]);
const build = (force: boolean) => runStep(process.execPath, [ASTRO, 'build', '--outDir', values.outDir, ...(force ? ['--force'] : [])]);
build(values.force);
const incomplete = repairMissingAssets(resolve(values.outDir), values.force ? undefined : () => build(true));
if (incomplete.length) {
  for (const line of incomplete) console.error(line);
  process.exit(1);
}
