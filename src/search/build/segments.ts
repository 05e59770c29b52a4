/**
 * The exact-match index in segments (index-format.ts). The site's pages with indexed content, in
 * file name order, are cut into runs of {@link SEGMENT_FILES} pages; each run makes one segment,
 * in a folder named for its key: a hash of the run's pages and of the builder's code. A segment
 * whose key is in the store (the cache of earlier builds) is linked from there instead of built.
 * Synchronous: segments are processed in worker threads, one per core (segment-pool.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codeFingerprint } from '../../utils/cache-fingerprint.ts';
import { INDEX_DIR, type IndexedPage } from './page-files.ts';
import { join } from 'node:path';
import type { Table } from '../shared/index-format.ts';
import { SegmentBuilder } from './build-index.ts';
import { BINARY, GzipWriter, TEXT } from './gzip-writer.ts';
import { extractPageText, extractSearchRecord } from './html-text.ts';
import type { DocInfo } from './meta-table.ts';
import { SHARDS_FILE } from './pack.ts';
import { deflatePiece, encodePieces } from './gzip-join.ts';
import { SegmentStore } from './segment-store.ts';
import type { SearchRecord } from '../shared/search-record.ts';

export { INDEX_DIR };

/** Pages per segment: a rebuild after one page changed rebuilds this many pages' index. */
export const SEGMENT_FILES = 1024;

/** The module that builds a segment's files (in a worker): the key covers the code it runs. */
const BUILDER_ENTRY = new URL('./segment-worker.ts', import.meta.url);

let builderHash: string | undefined;

/** Hash of the builder's code, so a segment cached by an older builder is never reused. */
function builderVersion(): string {
  builderHash ??= codeFingerprint([BUILDER_ENTRY], fileURLToPath(new URL('../../../', import.meta.url)));
  return builderHash;
}

/** A built segment: its shard counts and shards' hashes, its documents, and the compressed bytes of its served files. */
export interface BuiltSegment {
  shards: Record<Table, number>;
  /** Per shard (document-list shards first), a hash of its content: pack files are cached by these. */
  shardHashes: string[];
  docs: DocInfo[];
  bytes: number;
}

/** One run of pages to index into `dist/search-index/`, using the store at `store` if given. */
export interface SegmentJob {
  dist: string;
  pages: IndexedPage[];
  /** Target size of the segment's shards (build-index.ts, shardTarget). */
  shardBytes: number;
  store?: string;
}

/** What became of a job: the segment's key (its folder), the segment, and whether it was built or taken from the store. */
export interface SegmentResult {
  key: string;
  segment: BuiltSegment;
  built: boolean;
}

/** `pages` in runs of `segmentFiles`. */
export function planSegments(pages: readonly IndexedPage[], segmentFiles = SEGMENT_FILES): IndexedPage[][] {
  return Array.from({ length: Math.ceil(pages.length / segmentFiles) }, (_, i) => pages.slice(i * segmentFiles, (i + 1) * segmentFiles));
}

/** Indexes one run of pages: takes its segment from the store, or builds it (and stores it). */
export function indexSegment({ dist, pages: run, shardBytes, store: storeRoot }: SegmentJob): SegmentResult {
  const hash = createHash('sha256').update(`${builderVersion()}\0${shardBytes}`);
  for (const page of run) hash.update(`\0${page.path}\0${page.hash}`);
  const key = hash.digest('hex').slice(0, 16);
  const target = join(dist, INDEX_DIR, key);
  const store = storeRoot ? new SegmentStore(storeRoot) : undefined;
  const stored = store?.get(key);
  if (stored && store!.copyTo(key, target)) return { key, segment: stored, built: false };
  const dir = store ? store.stage(key) : target;
  mkdirSync(dir, { recursive: true });
  try {
    const segment = buildSegment(run.map((page) => [page.path, readFileSync(join(dist, page.path))] as const), shardBytes, dir);
    if (store) {
      store.commit(key, dir, segment);
      if (!store.copyTo(key, target)) throw new Error(`search index: segment ${key} vanished from ${storeRoot}`);
    }
    return { key, segment, built: true };
  } finally {
    if (store) rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds the segment of `pages` (file, HTML) into the folder `dir`. */
function buildSegment(pages: readonly (readonly [string, Buffer])[], shardBytes: number, dir: string): BuiltSegment {
  const builder = new SegmentBuilder(shardBytes);
  const writer = new GzipWriter(dir);
  for (const [file, buffer] of pages) {
    const html = buffer.toString('utf8');
    const text = extractPageText(html);
    const record = extractSearchRecord(html) as SearchRecord | null;
    if (!text || !record) continue;
    const url = file.replace(/(^|\/)index\.html$/, '$1');
    writer.add(...builder.add({ url, text, record }), TEXT);
  }
  const finish = builder.finish();
  let next = finish.next();
  for (; !next.done; next = finish.next()) writer.add(...next.value, BINARY);
  // Shards are compressed once, here, and joined into pack files (pack.ts) by every build.
  const { counts, shards } = next.value;
  writeFileSync(join(dir, SHARDS_FILE), encodePieces(shards.map((shard) => deflatePiece(shard, BINARY))));
  const shardHashes = shards.map((shard) => createHash('sha256').update(shard).digest('base64url').slice(0, 22));
  return { shards: counts, shardHashes, docs: builder.docs, bytes: writer.bytes };
}
