/**
 * Stable document ids. An id depends only on the source file's name and the article's position in
 * it, so it survives re-runs, fixes to the source text and metadata edits.
 */
import { createHash } from 'node:crypto';

/**
 * ASCII stem of a source file's path (relative to the input root, with `/`): the path itself when it
 * is plain ASCII, else a short hash of it. Callers must still check ids for collisions.
 */
export function fileStem(name: string): string {
  const stem = name.replace(/\.[^./]+$/, '');
  if (/^[A-Za-z0-9_./-]+$/.test(stem) && !stem.includes('..')) {
    const ascii = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (ascii) return ascii;
  }
  return 'f' + createHash('sha256').update(name).digest('hex').slice(0, 10);
}

/** The id of the `ordinal`-th article (1-based) of source file `name`, e.g. `000-d5488321af5301b8-02`. */
export function articleId(name: string, ordinal: number): string {
  return `${fileStem(name)}-${String(ordinal).padStart(2, '0')}`;
}
