/**
 * Fingerprints for caches: a hash of everything a cached result depends on besides its own input,
 * so that changing any of it (code, data files, installed dependencies, Node/V8) starts afresh.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { localModuleGraph } from './module-graph.ts';

/**
 * Hash of the Node and V8 versions, then of each file's contents (a missing file counts as
 * missing), named by its path relative to `root`.
 */
export function cacheFingerprint(files: readonly string[], root = '.'): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.versions.node} v8 ${process.versions.v8}\n`);
  for (const file of files) {
    hash.update(`${relative(resolve(root), resolve(file)).split('\\').join('/')}\n`);
    hash.update(existsSync(file) ? readFileSync(file) : 'missing');
    hash.update('\n');
  }
  return hash.digest('hex');
}

/**
 * Fingerprint of the code that `entries` run (their local module graph, see module-graph.ts),
 * the lockfile at `root` (the installed packages) and the extra `files` (data files).
 */
export function codeFingerprint(entries: readonly (string | URL)[], root: string, files: readonly string[] = []): string {
  return cacheFingerprint([...localModuleGraph(entries), resolve(root, 'package-lock.json'), ...files], root);
}
