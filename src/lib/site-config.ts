/** Reads content/site.yaml: the settings editors and IT staff may change without touching code. */
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { LINK_TARGETS } from './embed-protocol.ts';

/** An origin such as http://portal.example.gov.cn (scheme, host, optional port; no path). */
const origin = z
  .string()
  .regex(/^https?:\/\/[^/\s'";]+$/, 'must be an origin like http://portal.example.gov.cn (no path, no trailing slash)');

export const siteConfigSchema = z.object({
  contact: z.string().min(1).default('请联系本单位信息化管理员'),
  embed: z
    .object({
      linkTarget: z.enum(LINK_TARGETS).default('_parent'),
      portalOrigins: z.array(origin).default([]),
    })
    .default({ linkTarget: '_parent', portalOrigins: [] }),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Default location of the settings file, relative to the project root. */
export const SITE_CONFIG_FILE = 'content/site.yaml';

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
 * Loads content/site.yaml (or `file`); the defaults when it does not exist. Every page's layout
 * asks for it, so a file is parsed again only when it changed.
 */
export function loadSiteConfig(file: string = SITE_CONFIG_FILE): SiteConfig {
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
