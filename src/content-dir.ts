/**
 * The folder the site is built from: `KB_CONTENT_DIR` (default `content`). It holds the generated
 * documents (speeches/, reports/) and the taxonomy (topics.yaml); benchmarks point it at a temporary
 * corpus so the project's own content/ is never touched.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/** The content folder, from `KB_CONTENT_DIR`, relative to the project root unless absolute. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KB_CONTENT_DIR || 'content';
}

/**
 * Extension of the generated documents: Markdown (MDX-safe, see src/ingest/to-mdx.ts). Astro renders
 * Markdown entries in its content layer and caches them by digest; each .mdx entry would instead be
 * a module the build compiles on every run.
 */
export const DOCUMENT_EXTENSION = '.md';

/**
 * Astro's cache folder for a build from `dir`: its own folder for every KB_CONTENT_DIR (Astro's
 * data store keeps an entry's old file path when its content is unchanged, so two content folders
 * must not share one), Astro's default for the project's own content/.
 */
export function astroCacheDir(dir: string | undefined = process.env.KB_CONTENT_DIR): string | undefined {
  if (!dir) return undefined;
  return `./node_modules/.astro/content-${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 12)}/`;
}

/** A path inside the content folder. */
export const contentPath = (...parts: string[]): string => join(contentDir(), ...parts);
