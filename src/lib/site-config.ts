/** Reads content/site.yaml: the settings editors and IT staff may change without touching code. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../collections/content-dir.ts';
import type { z } from 'astro/zod';
import { parseDataFile } from '../schemas/data-file.ts';
import { siteConfigSchema } from '../schemas/site.ts';

/** The site settings. */
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Default location of the settings file, relative to the project root. */
export const SITE_CONFIG_FILE = 'content/site.yaml';

/** The settings of the content folder being built (CONTENT_DIR), when it has its own; else content/site.yaml. */
export function siteConfigFile(dir: string = contentDir()): string {
  const own = join(dir, 'site.yaml');
  return existsSync(own) ? own : SITE_CONFIG_FILE;
}

/** Parses settings text (src/schemas/site.ts); an error lists every problem with its key. A missing or empty file gives the defaults. */
export function parseSiteConfig(text: string, file = SITE_CONFIG_FILE): SiteConfig {
  return parseDataFile(siteConfigSchema, text, file);
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
