/**
 * The folder the site is built from: `CONTENT_DIR` (default `content`). It holds the generated
 * documents (speeches/, reports/); benchmarks point it at a temporary
 * corpus so the project's own content/ is never touched.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/** The content folder, from `CONTENT_DIR`, relative to the project root unless absolute. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_DIR || 'content';
}

/**
 * Extension of the generated documents: MDX (src/ingest/to-mdx.ts escapes the text for it). The
 * benchmark measured `.md` (same text) at about 4× faster Astro builds, since Astro caches rendered
 * Markdown entries and compiles every .mdx entry as a module; switching is this one constant.
 */
export const DOCUMENT_EXTENSION = '.mdx';

/**
 * Astro's cache folder for a build from `dir`: its own folder for every CONTENT_DIR (Astro's
 * data store keeps an entry's old file path when its content is unchanged, so two content folders
 * must not share one), Astro's default for the project's own content/.
 */
export function astroCacheDir(dir: string | undefined = process.env.CONTENT_DIR): string | undefined {
  if (!dir) return undefined;
  return `./node_modules/.astro/content-${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 12)}/`;
}

/** A path inside the content folder. */
export const contentPath = (...parts: string[]): string => join(contentDir(), ...parts);
