/**
 * Worker thread that indexes one batch of pages with Pagefind's Node API. Each worker has its own
 * Pagefind service (one binary process), so batches run side by side and each one's memory is
 * returned when it ends: the pool (src/utils/worker-pool.ts) starts a fresh one for every batch.
 * It is sent a {@link PagefindBatchJob} and answers with a {@link PagefindBatchResult}.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { serveJobs } from '../../utils/worker-pool.ts';

/** One batch: the site folder, its pages (paths relative to it) and where to write the bundle. */
export interface PagefindBatchJob {
  dist: string;
  pages: string[];
  outputPath: string;
}

/** What a batch produced: pages indexed, or the errors Pagefind reported. */
export interface PagefindBatchResult {
  pageCount: number;
  errors: string[];
}

/** Indexes the job's pages into a Pagefind bundle at `outputPath`. */
async function indexBatch({ dist, pages, outputPath }: PagefindBatchJob): Promise<PagefindBatchResult> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) return { pageCount: 0, errors };
    let pageCount = 0;
    for (const sourcePath of pages) {
      const added = await index.addHTMLFile({ sourcePath, content: await readFile(join(dist, sourcePath), 'utf8') });
      if (added.errors.length) return { pageCount, errors: added.errors.map((e) => `${sourcePath}: ${e}`) };
      pageCount++;
    }
    const written = await index.writeFiles({ outputPath });
    return { pageCount, errors: written.errors };
  } finally {
    await pagefind.close();
  }
}

// A worker thread of the pool (src/utils/worker-pool.ts): Pagefind's own errors come back as the result's errors.
if (parentPort) serveJobs((job: PagefindBatchJob) => indexBatch(job).catch((error: unknown): PagefindBatchResult => ({ pageCount: 0, errors: [String(error)] })));
