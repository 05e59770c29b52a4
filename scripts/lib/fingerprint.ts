/**
 * Fingerprints for caches: a hash of everything a cached result depends on besides its own input,
 * so that changing any of it (code, data files, installed dependencies, Node/V8) starts afresh.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The files below `path` (itself when a file), sorted; none when it does not exist. */
function filesBelow(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesBelow(join(path, name)));
}

/**
 * Hash of the Node and V8 versions, then of the contents of `roots` (folders read recursively)
 * and of `files` (a missing file counts as missing), each named by its path.
 */
export function cacheFingerprint(roots: readonly string[], files: readonly string[] = []): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.versions.node} v8 ${process.versions.v8}\n`);
  for (const file of [...roots.flatMap(filesBelow), ...files]) {
    hash.update(`${file}\n`);
    hash.update(existsSync(file) ? readFileSync(file) : 'missing');
    hash.update('\n');
  }
  return hash.digest('hex');
}
