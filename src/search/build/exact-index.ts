/**
 * The exact-match search index of a built site (dist/search-index/, format in
 * src/search/shared/index-format.ts): segments of pages built in worker threads or taken from the
 * cache, their shards joined into pack files, and the meta table. The Astro integration
 * (src/integrations/search-index.ts) calls it after the pages are written.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeMeta, type SiteInfo } from '../shared/index-format.ts';
import { buildMeta } from './meta-table.ts';
import { decodePieces, type DeflatePiece } from './gzip-join.ts';
import { joinPack, packFiles, packShardCounts, SHARDS_FILE, type PackMember } from './pack.ts';
import { PACK_STORE_DIR, PackStore } from './pack-store.ts';
import { indexSegments } from './segment-pool.ts';
import { SegmentStore } from './segment-store.ts';
import { indexedPages, type IndexedPage } from './page-files.ts';
import { INDEX_DIR, SEGMENT_FILES, planSegments } from './segments.ts';
import { shardTarget } from './build-index.ts';

/** What {@link writeExactIndex} did. */
export interface ExactIndexReport {
  docs: number;
  /** Compressed bytes of the index. */
  bytes: number;
  segments: number;
  /** Segments built (the others came from the cache). */
  built: number;
}

/** Options of {@link writeExactIndex}. */
export interface ExactIndexOptions {
  /** Keep built segments in `<cacheDir>/search-index/` and take unchanged ones from there. */
  cacheDir?: string;
  /** Threads building segments (default: one per core). */
  threads?: number;
  /** The pages to index (default: all of `dist` with indexed content). */
  pages?: readonly IndexedPage[];
  /** Pages per segment (default SEGMENT_FILES). */
  segmentFiles?: number;
  /** The site the index belongs to, recorded in its meta table for other sites' searches. */
  site?: SiteInfo;
  /** Called with the number of pages indexed (or taken from the cache) so far. */
  onProgress?: (pages: number) => void;
}

/**
 * Builds our index of `dist` into `dist/search-index/`. With a cache folder, segments whose pages
 * did not change since an earlier build are taken from the cache instead of built, and pack files
 * whose shards did not change are linked from it; the folder is brought up to date in place.
 */
export async function writeExactIndex(dist: string, options: ExactIndexOptions = {}): Promise<ExactIndexReport> {
  const out = join(dist, INDEX_DIR);
  const store = options.cacheDir ? join(options.cacheDir, INDEX_DIR) : undefined;
  // Without a cache, segments are built into the output folder: start from an empty one.
  if (!store) rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  if (store) mkdirSync(store, { recursive: true });
  const pages = options.pages ?? indexedPages(dist);
  const segmentFiles = options.segmentFiles ?? SEGMENT_FILES;
  const shardBytes = shardTarget(pages.length, segmentFiles);
  let indexed = 0;
  const results = await indexSegments(
    planSegments(pages, segmentFiles).map((run) => ({ dist, pages: run, shardBytes, store })),
    options.threads,
    (job) => options.onProgress?.((indexed += job.pages.length)),
  );
  // Runs of pages without indexed content make no segment.
  const segments = results.filter((r) => r.segment.docs.length > 0);
  const infos = segments.map(({ key, segment }) => ({ dir: key, docs: segment.docs.length, shards: segment.shards }));
  const pack = { dir: `pack-${createHash('sha256').update(infos.map((i) => i.dir).join()).digest('hex').slice(0, 16)}`, shards: packShardCounts(infos) };
  // The segments' shard files are in the store (not linked into the output), or built into the output.
  const shardRoot = store ?? out;
  const shardFiles = new Map<number, DeflatePiece[]>();
  const shardsOf = (segment: number): DeflatePiece[] => {
    let shards = shardFiles.get(segment);
    if (!shards) shardFiles.set(segment, (shards = decodePieces(readFileSync(join(shardRoot, infos[segment].dir, SHARDS_FILE)))));
    return shards;
  };
  const joined = (members: readonly PackMember[]) => joinPack(members.map((m) => shardsOf(m.segment)[m.shard]));
  const packs = store ? new PackStore(join(store, PACK_STORE_DIR)) : undefined;
  let bytes = segments.reduce((n, r) => n + r.segment.bytes, 0);
  mkdirSync(join(out, pack.dir), { recursive: true });
  for (const [name, members] of packFiles(infos, pack)) {
    const target = join(out, pack.dir, name);
    if (packs) {
      bytes += packs.put(members.map((m) => segments[m.segment].segment.shardHashes[m.shard]), () => joined(members), target);
    } else {
      const gz = joined(members);
      writeFileSync(target, gz);
      bytes += gz.length;
    }
  }
  if (!store) for (const info of infos) rmSync(join(out, info.dir, SHARDS_FILE));
  const meta = buildMeta(
    segments.map(({ segment }, i) => ({ info: infos[i], docs: segment.docs })),
    pack,
    options.site,
  );
  const gz = gzipSync(encodeMeta(meta));
  writeFileSync(join(out, 'meta.bin'), gz);
  // What earlier builds left: segments and packs this one does not use.
  const current = new Set(['meta.bin', pack.dir, ...infos.map((i) => i.dir)]);
  for (const name of readdirSync(out)) if (!current.has(name)) rmSync(join(out, name), { recursive: true, force: true });
  if (store) {
    new SegmentStore(store).prune(new Set(results.map((r) => r.key)));
    packs!.prune();
  }
  return {
    docs: meta.length.length,
    bytes: bytes + gz.length,
    segments: segments.length,
    built: segments.filter((r) => r.built).length,
  };
}
