/** Reads content/site.yaml: the settings editors and IT staff may change without touching code. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../content-dir.ts';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { LINK_TARGETS } from './embed-protocol.ts';

/** An origin such as http://portal.example.gov.cn (scheme, host, optional port; no path). */
const origin = z
  .string()
  .regex(/^https?:\/\/[^/\s'";]+$/, 'must be an origin like http://portal.example.gov.cn (no path, no trailing slash)');

/** The address of another site built by this project: http(s), with its base path; a trailing `/` is added. */
const siteUrl = z
  .string()
  .regex(/^https?:\/\/[^/\s'";?#]+(\/[^\s'";?#]*)?$/, 'must be the address of the site, like http://county.example/rdzl/')
  .transform((url) => (url.endsWith('/') ? url : `${url}/`));

export const siteConfigSchema = z.object({
  name: z.string().min(1).default('人大工作实务知识库'),
  contact: z.string().min(1).default('请联系本单位信息化管理员'),
  embed: z
    .object({
      linkTarget: z.enum(LINK_TARGETS).default('_parent'),
      portalOrigins: z.array(origin).default([]),
    })
    .default({ linkTarget: '_parent', portalOrigins: [] }),
  federation: z.array(z.object({ name: z.string().min(1), url: siteUrl })).default([]),
  federationReaders: z.array(origin).default([]),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Default location of the settings file, relative to the project root. */
export const SITE_CONFIG_FILE = 'content/site.yaml';

/** The settings of the content folder being built (CONTENT_DIR), when it has its own; else content/site.yaml. */
export function siteConfigFile(dir: string = contentDir()): string {
  const own = join(dir, 'site.yaml');
  return existsSync(own) ? own : SITE_CONFIG_FILE;
}

/** Parses settings text; throws naming the file and the offending key. A missing or empty file gives the defaults. */
export function parseSiteConfig(text: string, file = SITE_CONFIG_FILE): SiteConfig {
  const result = siteConfigSchema.safeParse(parse(text) ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return result.data;
}

/** Parsed settings per file, with the modification time they were read at. */
const loaded = new Map<string, { mtimeMs: number; config: SiteConfig }>();

/**
 * Loads the settings (siteConfigFile(), or `file`); the defaults when it does not exist. Every page's layout
 * asks for it, so a file is parsed again only when it changed.
 */
export function loadSiteConfig(file: string = siteConfigFile()): SiteConfig {
  const mtimeMs = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  const known = loaded.get(file);
  if (known?.mtimeMs === mtimeMs) return known.config;
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const config = parseSiteConfig(text, file);
  loaded.set(file, { mtimeMs, config });
  return config;
}

/**
 * The sites a search covers, for the search UI's `data-sites`: this site (at `base`) first, then
 * the sites of `federation` in their configured order.
 */
export function searchSites(config: Pick<SiteConfig, 'name' | 'federation'>, base: string): { name: string; base: string }[] {
  return [{ name: config.name, base }, ...config.federation.map((site) => ({ name: site.name, base: site.url }))];
}
