/**
 * Puts a cached folder into the output: every file hard-linked (instant, no extra space), or
 * copied when the two folders are on different file systems. Cache entries are written once and
 * never changed in place, so sharing their files with the output is safe.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * Recreates the tree of files under `source` in `target` (which must not exist yet); returns
 * false when `source` does not exist (nothing is created then).
 */
export function linkTree(source: string, target: string): boolean {
  let entries;
  try {
    entries = readdirSync(source, { withFileTypes: true });
  } catch (error) {
    if (code(error) === 'ENOENT') return false;
    throw error;
  }
  mkdirSync(target, { recursive: true });
  for (const entry of entries) {
    const from = join(source, entry.name);
    const to = join(target, entry.name);
    if (entry.isDirectory()) {
      linkTree(from, to);
      continue;
    }
    try {
      linkSync(from, to);
    } catch (error) {
      if (code(error) !== 'EXDEV' && code(error) !== 'EPERM') throw error;
      copyFileSync(from, to);
    }
  }
  return true;
}
