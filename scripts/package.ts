/**
 * `npm run package`: packs the built site (dist/) into dist-package/rdzl-YYYYMMDD.zip with a Chinese
 * deployment note, an nginx example and an IIS web.config for the base path the site was built for.
 *
 *   node scripts/package.ts [--dist dist] [--out dist-package] [--date YYYYMMDD]
 *
 * Zip rather than tar.gz: county IT staff mostly run Windows, whose Explorer opens zip files itself.
 * SITE_URL (as for the build) fills the portal snippet's address; the portal origins the site was
 * built with (content/site.yaml's embed.portalOrigins, read from the built pages, so packaging
 * cannot disagree with the build) go into the CSP frame-ancestors.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentSecurityPolicy } from '../src/lib/csp.ts';
import { EXAMPLE_ORIGIN } from '../src/lib/embed-snippet.ts';
import { detectBase, detectPortalOrigins, isDirectory } from './lib/built-site.ts';
import { NGINX_FILE, SITE_FOLDER, deployNote, forWindows } from './lib/deploy-note.ts';
import { iisWebConfig, nginxConfig } from './lib/server-config.ts';
import { folderEntries, writeZip } from './lib/zip.ts';

export interface PackageOptions {
  distDir: string;
  outDir: string;
  /** YYYYMMDD; today (local time) by default. */
  date?: string;
  /** The site's address (SITE_URL); only its origin is used. */
  siteUrl?: string;
}

/** Builds the archive; returns its path. Throws naming the folder when there is no built site. */
export async function createPackage(options: PackageOptions): Promise<{ archive: string; base: string; files: number }> {
  if (!(await isDirectory(options.distDir))) {
    throw new Error(`${options.distDir}: folder not found; run \`npm run build\` first`);
  }
  const base = await detectBase(options.distDir);
  const date = options.date ?? today();
  if (!/^\d{8}$/.test(date)) throw new Error(`--date ${date}: expected YYYYMMDD`);
  const folder = `rdzl-${date}`;
  // The portal origins the site was built with (content/site.yaml at build time), as its pages carry them.
  const portalOrigins = await detectPortalOrigins(options.distDir);
  const csp = contentSecurityPolicy({ frameAncestors: portalOrigins });
  const origin = options.siteUrl ? new URL(options.siteUrl).origin : EXAMPLE_ORIGIN;

  const site = await folderEntries(options.distDir, `${folder}/${SITE_FOLDER}/`);
  const webConfig = { name: `${folder}/${SITE_FOLDER}/web.config`, data: Buffer.from(iisWebConfig({ base, csp })) };
  const files = site.length + 1;
  const note = deployNote({ base, csp, origin, originIsPlaceholder: !options.siteUrl, portalOrigins, folder, fileCount: files });

  await mkdir(options.outDir, { recursive: true });
  const archive = join(options.outDir, `${folder}.zip`);
  await writeZip(
    [
      { name: `${folder}/部署说明.txt`, data: forWindows(note) },
      { name: `${folder}/${NGINX_FILE}`, data: Buffer.from(nginxConfig({ base, csp })) },
      webConfig,
      ...site,
    ],
    archive,
  );
  return { archive, base, files };
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      out: { type: 'string', default: 'dist-package' },
      date: { type: 'string' },
    },
  });
  try {
    const { archive, base, files } = await createPackage({
      distDir: resolve(values.dist),
      outDir: resolve(values.out),
      date: values.date,
      siteUrl: process.env.SITE_URL,
    });
    console.log(`${archive}: ${files} site files for base path ${base}, with 部署说明.txt`);
  } catch (error) {
    console.error(`package: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
