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
 * Extension of the documents ingestion writes: Markdown. Their text is also valid MDX
 * (src/ingest/write/to-markdown.ts escapes it for both), but a Markdown document is rendered only when its
 * page is built, while Astro compiles every .mdx entry into a module on every build: at 10,000
 * documents the MDX build took ~4× longer. Editors who need components in one document rename it
 * to .mdx (src/collections/document-loader.ts loads both).
 */
export const DOCUMENT_EXTENSION = '.md';

/** Whether a file name is a document of a collection folder. */
export const isDocumentFile = (name: string): boolean => /\.mdx?$/.test(name);

/**
 * Astro's cache folder for a build from `dir`: its own folder for every CONTENT_DIR (Astro's
 * data store keeps an entry's old file path when its content is unchanged, so two content folders
 * must not share one), Astro's default for the project's own content/.
 */
export function astroCacheDir(dir: string | undefined = process.env.CONTENT_DIR): string | undefined {
  if (!dir) return undefined;
  return `./node_modules/.astro/content-${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 12)}/`;
}

/** The content check's memo of the documents in `dir` (src/collections/content-check-folder.ts). */
export function contentCheckMemo(dir: string = contentDir()): string {
  return join('.cache/content-check', `${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16)}.memo`);
}

/** A path inside the content folder. */
export const contentPath = (...parts: string[]): string => join(contentDir(), ...parts);
