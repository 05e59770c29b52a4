/**
 * The Pagefind index of a built site (dist/pagefind/), through Pagefind's Node API, with the
 * filters, metadata and sort key IndexData.astro puts on each document page.
 *
 * Pagefind keeps every page's segmented Chinese text in memory until it writes the index (about
 * 1.2 MB per document page, measured), so one index of 10,000 pages needs ~12 GB. The pages are
 * therefore indexed in batches of at most {@link PAGEFIND_BATCH_PAGES}, each in a worker thread with
 * its own Pagefind process, two at a time, into separate bundles that Pagefind's `mergeIndex()`
 * searches as one: the first batch's bundle is dist/pagefind/ itself, the others are listed in
 * dist/pagefind/{@link PAGEFIND_MERGE_FILE}. A page goes to a batch by a hash of its source group
 * (the documents of one source file, which change together), and each bundle is kept in Astro's
 * cache folder under a hash of its pages' HTML, so a rebuild after one source file changed
 * re-indexes one batch and links the others (link-tree.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { linkTree } from './link-tree.ts';
import { indexedPages, type IndexedPage } from './page-files.ts';
import type { PagefindBatchJob, PagefindBatchResult } from './pagefind-worker.ts';
import { fnv1a } from '../../utils/fnv1a.ts';
import { runInWorkers, type NextJob } from '../../utils/worker-pool.ts';

/**
 * Most pages one Pagefind process indexes (~0.65 GB of memory at 500): small enough that a rebuild
 * re-indexes little and the last batches keep both cores busy. `PAGEFIND_BATCH_PAGES` overrides it
 * (tests use it to get several bundles).
 */
export const PAGEFIND_BATCH_PAGES = Number(process.env.PAGEFIND_BATCH_PAGES) || 500;

/** Batches indexed at the same time (each a Pagefind process). */
export const PAGEFIND_JOBS = Math.max(1, Math.min(2, availableParallelism()));

/** File in dist/pagefind/ listing the other bundles to merge, as paths relative to dist/pagefind/. */
export const PAGEFIND_MERGE_FILE = 'merge.json';

/** Bumped when the way bundles are built changes, so cached bundles of older builds are not reused. */
const BUNDLE_FORMAT = 'pagefind-1.6.0/1';

/** A batch of pages indexed into one bundle; `key` changes whenever any of its pages does. */
export interface PagefindBatch {
  key: string;
  pages: string[];
}

/**
 * The source group of a page path: documents of one source file share their id up to the article
 * number (src/ingest/ids.ts: `docs/000-d5488321af5301b8-02/index.html` → `docs/000-d5488321af5301b8`).
 */
export const sourceGroup = (path: string): string => path.replace(/\/index\.html$/, '').replace(/-\d+$/, '');

/** Splits pages into ≤ ceil(n / batchPages) batches by a hash of each one's source group, in bucket order, empty ones left out. */
export function planBatches(pages: readonly IndexedPage[], batchPages = PAGEFIND_BATCH_PAGES): PagefindBatch[] {
  const count = Math.max(1, Math.ceil(pages.length / batchPages));
  const buckets: IndexedPage[][] = Array.from({ length: count }, () => []);
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    buckets[fnv1a(sourceGroup(page.path)) % count].push(page);
  }
  return buckets
    .filter((bucket) => bucket.length > 0)
    .map((bucket) => {
      const hash = createHash('sha256').update(BUNDLE_FORMAT);
      for (const page of bucket) hash.update(`\0${page.path}\0${page.hash}`);
      return { key: hash.digest('hex').slice(0, 20), pages: bucket.map((p) => p.path) };
    });
}

/** Folder in dist/pagefind/ of the bundles other than the first. */
const MERGE_DIR = 'merge';

/** Where batch `i`'s bundle goes, relative to dist/pagefind/: the first is the main bundle. */
export const bundlePath = (i: number): string => (i === 0 ? '' : `${MERGE_DIR}/${i}/`);

/** What {@link writePagefindIndex} did. */
export interface PagefindIndexSummary {
  pages: number;
  batches: number;
  /** Batches whose bundle was copied from the cache instead of being indexed. */
  reused: number;
}

/**
 * Indexes the pages of `dist` into dist/pagefind/ (see the module comment), keeping the bundles
 * in `cacheDir`/pagefind/ for the next build; throws with Pagefind's errors. `onProgress` is
 * called with the number of pages indexed (or whose bundle came from the cache) so far.
 */
export async function writePagefindIndex(
  dist: string,
  cacheDir: string,
  pages: readonly IndexedPage[] = indexedPages(dist),
  onProgress: (pages: number) => void = () => {},
): Promise<PagefindIndexSummary> {
  const batches = planBatches(pages);
  const store = join(cacheDir, 'pagefind');
  await mkdir(store, { recursive: true });
  const missing = batches.filter((b) => !existsSync(join(store, b.key, 'pagefind-entry.json')));
  let indexed = pages.length - missing.reduce((n, b) => n + b.pages.length, 0);
  onProgress(indexed);
  // One batch per fresh worker thread (Pagefind's service is closed after each), at most PAGEFIND_JOBS at a time.
  const temp = (batch: PagefindBatch) => join(store, `${batch.key}.${process.pid}.tmp`);
  let next = 0;
  const nextBatch: NextJob<PagefindBatchJob> = () => {
    if (next >= missing.length) return undefined;
    const index = next++;
    rmSync(temp(missing[index]!), { recursive: true, force: true });
    return { index, job: { dist, pages: missing[index]!.pages, outputPath: temp(missing[index]!) } };
  };
  const done = (index: number, result: PagefindBatchResult) => {
    if (result.errors.length) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
    renameSync(temp(missing[index]!), join(store, missing[index]!.key));
    onProgress((indexed += missing[index]!.pages.length));
  };
  await runInWorkers(new URL('./pagefind-worker.ts', import.meta.url), nextBatch, done, { threads: PAGEFIND_JOBS, threadPerJob: true });
  // The output is brought up to date in place: files already linked to the bundles stay.
  const out = join(dist, 'pagefind');
  const merged = batches.slice(1).map((_, i) => bundlePath(i + 1));
  const isMergeEntry = (name: string) => name === MERGE_DIR || name === PAGEFIND_MERGE_FILE;
  for (const [i, batch] of batches.entries()) linkTree(join(store, batch.key), join(out, bundlePath(i)), i === 0 ? { ignore: isMergeEntry } : {});
  const mergeDir = join(out, MERGE_DIR);
  const wanted = new Set(merged.map((_, i) => String(i + 1)));
  for (const name of existsSync(mergeDir) ? await readdir(mergeDir) : []) if (!wanted.has(name)) await rm(join(mergeDir, name), { recursive: true, force: true });
  if (!merged.length) await rm(mergeDir, { recursive: true, force: true });
  await writeFile(join(out, PAGEFIND_MERGE_FILE), JSON.stringify(merged));
  // Bundles no batch of this build uses are stale, and so are temporary folders of killed runs.
  const keep = new Set(batches.map((b) => b.key));
  for (const name of await readdir(store)) if (!keep.has(name)) await rm(join(store, name), { recursive: true, force: true });
  return { pages: batches.reduce((n, b) => n + b.pages.length, 0), batches: batches.length, reused: batches.length - missing.length };
}
