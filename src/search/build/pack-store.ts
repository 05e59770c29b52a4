/**
 * Pack files (pack.ts) kept between builds, in a folder of the segment store, each named for a
 * hash of its members: a rebuild after a few pages changed writes only the pack files holding a
 * shard that changed and links the others (writing all 8,192 pack files of a 10,000-document
 * index, ~200 MB, took 2–4 s on a cloud disk, however fast the joining).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkFile } from './link-tree.ts';

/** Folder of the pack store inside the segment store. */
export const PACK_STORE_DIR = 'packs';

export class PackStore {
  private readonly root: string;
  /** Pack files this build used, to keep when pruning. */
  private readonly used = new Set<string>();

  constructor(root: string) {
    this.root = root;
    mkdirSync(root, { recursive: true });
  }

  /**
   * Puts the pack whose members have these content hashes at `target`: linked from the store,
   * made (`make`) and stored first if it is not there. Returns its size in bytes.
   */
  put(memberHashes: readonly string[], make: () => Uint8Array, target: string): number {
    const name = `${createHash('sha256').update(memberHashes.join()).digest('hex').slice(0, 32)}.gz`;
    const stored = join(this.root, name);
    this.used.add(name);
    let file = statSync(stored, { throwIfNoEntry: false });
    if (!file) {
      const temp = `${stored}.${process.pid}.tmp`;
      writeFileSync(temp, make());
      renameSync(temp, stored);
      file = statSync(stored);
    }
    linkFile(stored, target);
    return file.size;
  }

  /** Removes the pack files this build did not use. */
  prune(): void {
    for (const name of readdirSync(this.root)) if (!this.used.has(name)) rmSync(join(this.root, name), { force: true });
  }
}
