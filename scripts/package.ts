/**
 * `npm run package`: packs the built site (dist/) into dist-package/rdzl-YYYYMMDD.zip with a Chinese
 * deployment note, an nginx example and an IIS web.config for the base path the site was built for.
 *
 *   npm run package -- [--dist dist] [--out dist-package] [--date YYYYMMDD]   (usage: PACKAGE below)
 *
 * Zip rather than tar.gz: county IT staff mostly run Windows, whose Explorer opens zip files itself.
 * SITE_URL (as for the build) fills the portal snippet's address; the portal origins the site was
 * built with (content/site.yaml's embed.portalOrigins, read from the built pages, so packaging
 * cannot disagree with the build) go into the CSP frame-ancestors.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { contentSecurityPolicy } from '../src/lib/csp.ts';
import { EXAMPLE_ORIGIN } from '../src/lib/embed-snippet.ts';
import { startProgress, type ProgressStream } from '../src/lib/progress.ts';
import { detectBase, detectBuildSettings, isDirectory } from '../src/tools/hosting/built-site.ts';
import { parseCommand, runCommand, UsageError, type CommandSpec } from './lib/cli.ts';
import { NGINX_FILE, SITE_FOLDER, deployNote, forWindows } from '../src/tools/hosting/deploy-note.ts';
import { iisWebConfig, nginxConfig } from '../src/tools/hosting/server-config.ts';
import { folderEntries, writeZip } from '../src/tools/hosting/zip.ts';

export interface PackageOptions {
  distDir: string;
  outDir: string;
  /** YYYYMMDD; today (local time) by default. */
  date?: string;
  /** The site's address (SITE_URL); only its origin is used. */
  siteUrl?: string;
  /** Where progress goes (default stdout). */
  progress?: ProgressStream;
}

/** Builds the archive; returns its path. Throws naming the folder when there is no built site. */
export async function createPackage(options: PackageOptions): Promise<{ archive: string; base: string; files: number }> {
  const date = options.date ?? today();
  if (!/^\d{8}$/.test(date)) throw new UsageError(`选项 --date 需要 YYYYMMDD 形式的日期，收到 "${date}"`);
  if (!(await isDirectory(options.distDir))) {
    throw new Error(`${options.distDir}: folder not found; run \`npm run build\` first`);
  }
  const base = await detectBase(options.distDir);
  const folder = `rdzl-${date}`;
  // The portal origins the site was built with (content/site.yaml at build time), as its pages carry them.
  const { portalOrigins, connectSources, indexReaders: corsOrigins } = await detectBuildSettings(options.distDir);
  const csp = contentSecurityPolicy({ frameAncestors: portalOrigins, connectSources });
  const origin = options.siteUrl ? new URL(options.siteUrl).origin : EXAMPLE_ORIGIN;

  const site = await folderEntries(options.distDir, `${folder}/${SITE_FOLDER}/`);
  const webConfig = { name: `${folder}/${SITE_FOLDER}/web.config`, data: Buffer.from(iisWebConfig({ base, csp, corsOrigins })) };
  const files = site.length + 1;
  const note = deployNote({ base, csp, origin, originIsPlaceholder: !options.siteUrl, portalOrigins, folder, fileCount: files, corsOrigins, federationOrigins: connectSources });

  await mkdir(options.outDir, { recursive: true });
  const archive = join(options.outDir, `${folder}.zip`);
  const entries = [
    { name: `${folder}/部署说明.txt`, data: forWindows(note) },
    { name: `${folder}/${NGINX_FILE}`, data: Buffer.from(nginxConfig({ base, csp, corsOrigins })) },
    webConfig,
    ...site,
  ];
  const progress = startProgress({ label: '打包', total: entries.length, unit: '个文件', stream: options.progress });
  await writeZip(entries, archive, () => progress.tick()).finally(() => progress.done());
  return { archive, base, files };
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

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

if (import.meta.main) {
  const { values } = parseCommand(PACKAGE);
  await runCommand(PACKAGE, 'package', async () => {
    const { archive, base, files } = await createPackage({
      distDir: resolve(values.dist),
      outDir: resolve(values.out),
      date: values.date,
      siteUrl: process.env.SITE_URL,
    });
    console.log(`${archive}: ${files} site files for base path ${base}, with 部署说明.txt`);
  });
}
