/**
 * The intranet package (`npm run package`): the built site (dist/) packed into
 * <out>/rdzl-YYYYMMDD.zip with a Chinese deployment note, an nginx example and an IIS web.config
 * for the base path the site was built for. Zip rather than tar.gz: county IT staff mostly run
 * Windows, whose Explorer opens zip files itself. The portal origins the site was built with
 * (content/site.yaml's embed.portalOrigins, read from the built pages, so packaging cannot
 * disagree with the build) go into the CSP frame-ancestors.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EXAMPLE_ORIGIN } from '../../lib/embed-snippet.ts';
import { startProgress, type ProgressStream } from '../../lib/progress.ts';
import { isDirectory, servingSettings } from './built-site.ts';
import { NGINX_FILE, SITE_FOLDER, deployNote, forWindows } from './deploy-note.ts';
import { iisWebConfig, nginxConfig } from './server-config.ts';
import { folderEntries, writeZip } from './zip.ts';

/** The form of a package's date: YYYYMMDD. */
const PACKAGE_DATE = /^\d{8}$/;

/** Why a date given for the package name is refused, in Chinese; undefined when it is good. */
export function packageDateProblem(date: string): string | undefined {
  return PACKAGE_DATE.test(date) ? undefined : `选项 --date 需要 YYYYMMDD 形式的日期，收到 "${date}"`;
}

/** Which build to pack, where to, and the date and site address the package names. */
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
  const problem = packageDateProblem(date);
  if (problem) throw new Error(problem);
  if (!(await isDirectory(options.distDir))) {
    throw new Error(`${options.distDir}: 没有这个文件夹；请先运行 npm run build`);
  }
  // The base path and the portal origins the site was built with (content/site.yaml at build time), as its pages carry them.
  const { base, csp, portalOrigins, connectSources, indexReaders: corsOrigins } = await servingSettings(options.distDir);
  const folder = `rdzl-${date}`;
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

/** Today's local date as YYYYMMDD. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}
