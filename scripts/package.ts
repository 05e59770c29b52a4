/**
 * `npm run package -- [--dist dist] [--out dist-package] [--date YYYYMMDD]` (usage: PACKAGE below):
 * packs the built site into dist-package/rdzl-YYYYMMDD.zip (src/tools/hosting/package.ts). SITE_URL
 * (as for the build) fills the portal snippet's address.
 */
import { resolve } from 'node:path';
import { createPackage, packageDateProblem } from '../src/tools/hosting/package.ts';
import { parseCommand, runCommand, UsageError, type CommandSpec } from './lib/cli.ts';

const PACKAGE = {
  name: 'npm run package --',
  summary:
    '把已构建的站点（dist/）打成 zip 包 <输出文件夹>/rdzl-YYYYMMDD.zip，内含部署说明.txt、nginx 配置示例和 IIS 的 web.config，\n' +
    '按站点构建时的子路径写好。环境变量 SITE_URL 填入说明中门户嵌入代码的地址。',
  options: {
    dist: { type: 'string', value: 'DIR', default: 'dist', description: '已构建站点的文件夹' },
    out: { type: 'string', value: 'DIR', default: 'dist-package', description: 'zip 包写到哪个文件夹' },
    date: { type: 'string', value: 'YYYYMMDD', description: '包名中的日期（默认今天）' },
  },
  notes: ['退出码：0 成功；1 没有已构建的站点或写入失败；2 用法错误。'],
  examples: [
    ['npm run build && npm run package', '构建后打包到 dist-package/'],
    ['SITE_URL=http://portal.example.gov.cn npm run package', '部署说明中写入门户地址'],
    ['npm run package -- --dist /tmp/site --out /tmp/pkg', '打包另一个构建'],
  ],
} satisfies CommandSpec;

const { values } = parseCommand(PACKAGE);
await runCommand(PACKAGE, 'package', async () => {
  const dateProblem = values.date === undefined ? undefined : packageDateProblem(values.date);
  if (dateProblem) throw new UsageError(dateProblem);
  const { archive, base, files } = await createPackage({
    distDir: resolve(values.dist),
    outDir: resolve(values.out),
    date: values.date,
    siteUrl: process.env.SITE_URL,
  });
  console.log(`${archive}：站点文件 ${files} 个，子路径 ${base}，附部署说明.txt`);
});
