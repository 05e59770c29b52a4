/**
 * Worker thread that indexes one batch of pages with Pagefind's Node API. Each worker has its own
 * Pagefind service (one binary process), so batches run side by side and each one's memory is
 * returned when it ends. Input ({@link PagefindBatchJob}) comes as workerData; the worker posts a
 * {@link PagefindBatchResult}.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

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

if (parentPort && workerData) {
  const port = parentPort;
  indexBatch(workerData as PagefindBatchJob).then(
    (result) => port.postMessage(result),
    (error: unknown) => port.postMessage({ pageCount: 0, errors: [String(error)] } satisfies PagefindBatchResult),
  );
}
