/** Facts about a built site folder (dist/) that the package and preview commands need. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { contentSecurityPolicy } from '../../lib/csp.ts';

/** How a built page reveals its base path: the embed settings meta (every layout has it) or an asset link. */
const BASE_PATTERNS = [/<meta name="rdzl:embed"[^>]*?data-base="(\/[^"]*)"/, /(?:src|href)="(\/[^"]*?)_astro\//];

/**
 * The base path a build was made for, read from its pages (`/rdzl/_astro/…` → `/rdzl/`), so
 * packaging and previewing cannot disagree with the build. Throws naming the folder when it holds
 * no built site.
 */
export async function detectBase(distDir: string): Promise<string> {
  if (!(await isFile(join(distDir, 'index.html')))) {
    throw new Error(`${distDir}: 这里没有构建好的站点（缺少 index.html）；请先运行 npm run build`);
  }
  const pages = (await readdir(distDir, { recursive: true }))
    .filter((name) => name.endsWith('.html'))
    .sort((a, b) => a.length - b.length);
  for (const page of pages) {
    const html = await readFile(join(distDir, page), 'utf8');
    for (const pattern of BASE_PATTERNS) {
      const match = pattern.exec(html);
      if (match) return match[1];
    }
  }
  throw new Error(`${distDir}: 无法确定站点的基础路径（没有页面带嵌入设置，也没有页面引用 <基础路径>_astro/）；请用 npm run build 重新构建`);
}

/** What a build was configured with that the web server's configuration must match. */
export interface BuildSettings {
  /** Portal origins allowed to frame the site (content/site.yaml embed.portalOrigins). */
  portalOrigins: string[];
  /** Origins of the other sites its search reads (federation): the CSP's connect-src. */
  connectSources: string[];
  /** Origins allowed to read its search indexes (federationReaders): the CORS header. */
  indexReaders: string[];
}

/**
 * The settings a build was made with (content/site.yaml when it was built), read from the
 * `<meta name="rdzl:embed">` every page carries, so packaging cannot disagree with the build.
 */
export async function detectBuildSettings(distDir: string): Promise<BuildSettings> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8').catch(() => '');
  const meta = /<meta name="rdzl:embed"[^>]*>/.exec(html)?.[0];
  if (!meta) throw new Error(`${distDir}: index.html 里没有站点设置（<meta name="rdzl:embed">），无法得知构建时的嵌入和联合搜索设置；请用 npm run build 重新构建`);
  const list = (attribute: string) => (new RegExp(`data-${attribute}="([^"]*)"`).exec(meta)?.[1] ?? '').split(/\s+/).filter(Boolean);
  return { portalOrigins: list('portal-origins'), connectSources: list('connect-origins'), indexReaders: list('index-readers') };
}

/** What a web server serving a build must send: its base path, its build settings and the CSP header they give. */
export interface ServingSettings extends BuildSettings {
  base: string;
  csp: string;
}

/**
 * How to serve the build in `distDir`, read from its pages, so the preview server and the
 * package's server configuration serve what was built. Throws naming the folder when it holds no
 * built site.
 */
export async function servingSettings(distDir: string): Promise<ServingSettings> {
  const base = await detectBase(distDir);
  const settings = await detectBuildSettings(distDir);
  return { base, ...settings, csp: contentSecurityPolicy({ frameAncestors: settings.portalOrigins, connectSources: settings.connectSources }) };
}

/** True when `path` exists and is a folder. */
export async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}
