/**
 * Built index segments kept between builds (in Astro's cache folder), by key: a folder of the
 * segment's files and, written last so that its presence means the folder is complete, a JSON
 * file of what the meta table needs. Builds of other content folders may share a store: keys are
 * content hashes, and a folder is only ever added whole (renamed into place) or removed whole.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkTree } from './link-tree.ts';
import { SHARDS_FILE } from './pack.ts';
import type { BuiltSegment } from './segments.ts';

/**
 * Segments kept beyond those of the latest build, to switch back after an edit without building
 * again (each is ~25 MB at 10,000 documents; other content folders have caches of their own).
 */
const SPARE = 4;
/** Staging folders older than this are left over from builds that were stopped. */
const STALE_MS = 86_400_000;

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

export class SegmentStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  /** The stored segment `key`, or undefined; marks it as used. */
  get(key: string): BuiltSegment | undefined {
    const file = join(this.root, `${key}.json`);
    try {
      const segment = JSON.parse(readFileSync(file, 'utf8')) as BuiltSegment;
      const now = new Date();
      utimesSync(file, now, now);
      return segment;
    } catch (error) {
      if (code(error) === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** A new empty folder to build segment `key` in, then to {@link commit}. */
  stage(key: string): string {
    const dir = join(this.root, `${key}.${randomBytes(4).toString('hex')}.tmp`);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  /** Stores segment `key` built into `staging` (from {@link stage}). */
  commit(key: string, staging: string, segment: BuiltSegment): void {
    try {
      renameSync(staging, join(this.root, key));
    } catch (error) {
      // Another build stored the same segment (the same files) meanwhile: keep that one.
      if (code(error) !== 'EEXIST' && code(error) !== 'ENOTEMPTY') throw error;
    }
    writeFileSync(join(this.root, `${key}.json.tmp`), JSON.stringify(segment));
    renameSync(join(this.root, `${key}.json.tmp`), join(this.root, `${key}.json`));
  }

  /**
   * Makes the folder `target` hold the files of stored segment `key` but its shards, which pack
   * files replace in the output (link-tree.ts). False when the segment is gone (removed by another
   * build's pruning).
   */
  copyTo(key: string, target: string): boolean {
    return linkTree(join(this.root, key), target, { ignore: (name) => name === SHARDS_FILE });
  }

  /** Removes the least recently used segments beyond `keep` (this build's) and a few spares, and stale staging folders. */
  prune(keep: ReadonlySet<string>): void {
    const names = readdirSync(this.root);
    for (const name of names.filter((n) => n.endsWith('.tmp'))) {
      if (statSync(join(this.root, name)).mtimeMs < Date.now() - STALE_MS) rmSync(join(this.root, name), { recursive: true, force: true });
    }
    const others = names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((key) => !keep.has(key))
      .map((key) => ({ key, used: statSync(join(this.root, `${key}.json`)).mtimeMs }))
      .sort((a, b) => b.used - a.used);
    for (const { key } of others.slice(SPARE)) {
      rmSync(join(this.root, `${key}.json`), { force: true });
      rmSync(join(this.root, key), { recursive: true, force: true });
    }
  }
}
