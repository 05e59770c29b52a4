/**
 * Astro integration: after `astro build` writes the pages, indexes them for search, so
 * `npm run build` produces a complete site. Writes two indexes of the same pages (the element
 * with `data-pagefind-body`):
 * - Pagefind's (dist/pagefind/) through its Node API, with the filters, metadata and sort key
 *   IndexData.astro puts on each document page;
 * - our exact-match index (dist/search-index/, format in src/scripts/search/index-format.ts),
 *   which the search UI uses to return every document containing the query, exact matches only.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { writePagefindIndex } from './pagefind.ts';
import { encodeMeta } from '../../scripts/search/index-format.ts';
import { buildMeta } from './meta-table.ts';
import { BINARY } from './gzip-writer.ts';
import { packFiles, packShardCounts, shardFiles } from './pack.ts';
import { indexSegments } from './segment-pool.ts';
import { SegmentStore } from './segment-store.ts';
import { INDEX_DIR, planSegments } from './segments.ts';

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
  /** Page files per segment (default SEGMENT_FILES). */
  segmentFiles?: number;
}

/**
 * Builds our index of `dist` into `dist/search-index/`. With a cache folder, segments whose pages
 * did not change since an earlier build are taken from the cache instead of built.
 */
export async function writeExactIndex(dist: string, options: ExactIndexOptions = {}): Promise<ExactIndexReport> {
  const out = join(dist, INDEX_DIR);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const store = options.cacheDir ? join(options.cacheDir, INDEX_DIR) : undefined;
  if (store) mkdirSync(store, { recursive: true });
  const results = await indexSegments(
    planSegments(dist, options.segmentFiles).map((files) => ({ dist, files, store })),
    options.threads,
  );
  // Runs of pages without indexed content make no segment.
  const segments = results.filter((r) => r.segment.docs.length > 0);
  for (const r of results) if (r.segment.docs.length === 0) rmSync(join(out, r.key), { recursive: true, force: true });
  const infos = segments.map(({ key, segment }) => ({ dir: key, docs: segment.docs.length, shards: segment.shards }));
  const pack = { dir: `pack-${createHash('sha256').update(infos.map((i) => i.dir).join()).digest('hex').slice(0, 16)}`, shards: packShardCounts(infos) };
  let bytes = segments.reduce((n, r) => n + r.segment.bytes, 0);
  mkdirSync(join(out, pack.dir));
  for (const [name, content] of packFiles(infos, pack, (path) => readFileSync(join(out, path)))) {
    const gz = gzipSync(content, BINARY);
    writeFileSync(join(out, pack.dir, name), gz);
    bytes += gz.length;
  }
  for (const path of shardFiles(infos)) {
    bytes -= statSync(join(out, path)).size;
    rmSync(join(out, path));
  }
  const meta = buildMeta(
    segments.map(({ segment }, i) => ({ info: infos[i], docs: segment.docs })),
    pack,
  );
  const gz = gzipSync(encodeMeta(meta));
  writeFileSync(join(out, 'meta.bin'), gz);
  if (store) new SegmentStore(store).prune(new Set(results.map((r) => r.key)));
  return {
    docs: meta.length.length,
    bytes: bytes + gz.length,
    segments: segments.length,
    built: segments.filter((r) => r.built).length,
  };
}

/** The integration; add it to `integrations` in astro.config.mjs. */
export default function searchIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = performance.now();
        const elapsed = () => Math.round(performance.now() - started);
        // Both indexes read the finished pages and are CPU-bound: Pagefind's bundles keep both cores
        // busy until its last one, and the exact index (one thread) fills the gaps meanwhile.
        await Promise.all([
          writePagefindIndex(dist, cacheDir).then((pagefind) =>
            logger.info(`Pagefind indexed ${pagefind.pages} pages in ${pagefind.batches} bundle(s), ${pagefind.reused} reused, in ${elapsed()} ms`),
          ),
          writeExactIndex(dist, { cacheDir, threads: 1 }).then((exact) =>
            logger.info(
              `exact-match index: ${exact.docs} documents in ${exact.segments} segments (${exact.built} built, the others from the cache), ${(exact.bytes / 1024).toFixed(0)} KiB, in ${elapsed()} ms`,
            ),
          ),
        ]);
        logger.info(`search indexes written in ${elapsed()} ms`);
      },
    },
  };
}
