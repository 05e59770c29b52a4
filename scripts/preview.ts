/**
 * `npm run preview`: serves the built site (dist/) on 127.0.0.1 under the base path it was built
 * for, with the documented Content-Security-Policy, as the intranet's nginx or IIS will.
 *
 *   node scripts/preview.ts [--dist dist] [--port 4321]
 */
import { resolve } from 'node:path';
import { startPreview } from '../src/tools/hosting/preview.ts';
import { parseCommand, runCommand, type CommandSpec } from './lib/cli.ts';

const PREVIEW = {
  name: 'npm run preview --',
  summary: '在本机 127.0.0.1 上按构建时的子路径提供已构建的站点（dist/），带与内网 nginx、IIS 相同的内容安全策略（CSP）。Ctrl+C 停止。',
  options: {
    dist: { type: 'string', value: 'DIR', default: 'dist', description: '已构建站点的文件夹' },
    port: { type: 'integer', value: 'PORT', default: Number(process.env.PORT ?? 4321), description: '端口，也可用环境变量 PORT 指定' },
  },
  notes: ['退出码：0 正常停止；1 站点文件夹不存在或端口被占用；2 用法错误。'],
  examples: [
    ['npm run preview', '浏览 http://127.0.0.1:4321/'],
    ['npm run preview -- --port 8080', '换一个端口'],
    ['npm run preview -- --dist /tmp/site', '浏览另一个构建'],
  ],
} satisfies CommandSpec;

const { values } = parseCommand(PREVIEW);
await runCommand(PREVIEW, 'preview', async () => {
  const root = resolve(values.dist);
  const server = await startPreview(root, values.port);
  console.log(`预览 ${root}：${server.url}（已启用内容安全策略；按 Ctrl+C 停止）`);
});
