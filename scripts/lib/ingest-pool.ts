/**
 * Runs processFile over many source files: cached outcomes are reused, the rest are processed in
 * worker threads (or in this thread when one job is asked for). Outcomes come back in input order
 * whatever order the workers finish in, so the output is byte-identical to a sequential run.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { processFile, type FileOutcome } from '../../src/ingest/process-file.ts';
import type { SourceFile } from '../../src/ingest/types.ts';
import type { IngestCache } from './ingest-cache.ts';
import { loadIngestContext } from './ingest-context.ts';

/** Below this many files to process, starting workers (about a second each) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 16;

/** Default number of jobs: one per core. */
export const defaultJobs = (): number => availableParallelism();

/** Processes files in `jobs` worker threads; result i is the outcome of files[i]. */
async function processInWorkers(files: SourceFile[], jobs: number, onDone: () => void): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome>(files.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, files.length) }, () => new Worker(new URL('./ingest-worker.ts', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= files.length) return resolve();
              const index = next++;
              worker.postMessage({ index, file: files[index] });
            };
            worker.on('message', (m: { index: number; outcome?: FileOutcome; error?: string }) => {
              if (m.error) return reject(new Error(m.error));
              outcomes[m.index] = m.outcome!;
              onDone();
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}

export interface ProcessOptions {
  /** Worker threads to use when at least MIN_FILES_FOR_WORKERS files need processing. */
  jobs: number;
  cache?: IngestCache;
  /** Called with the number of files done so far, as files are taken from the cache or processed. */
  onProgress?: (files: number) => void;
}

export interface ProcessResult {
  outcomes: FileOutcome[];
  /** How many files were taken from the cache. */
  cached: number;
}

/** Outcomes of all files in input order: from the cache where possible, otherwise processed. */
export async function processFiles(files: SourceFile[], { jobs, cache, onProgress }: ProcessOptions): Promise<ProcessResult> {
  const outcomes = files.map((file) => cache?.get(file));
  const missing = files.flatMap((file, i) => (outcomes[i] ? [] : [i]));
  const todo = missing.map((i) => files[i]!);
  let done = files.length - todo.length;
  const onDone = () => onProgress?.(++done);
  onProgress?.(done);
  let fresh: FileOutcome[] = [];
  if (todo.length) {
    // Loaded here even when workers load their own: a broken data file fails once, with its own message.
    const context = await loadIngestContext();
    if (jobs > 1 && todo.length >= MIN_FILES_FOR_WORKERS) fresh = await processInWorkers(todo, jobs, onDone);
    else
      for (const file of todo) {
        fresh.push(await processFile(file, context));
        onDone();
      }
  }
  missing.forEach((i, k) => {
    outcomes[i] = fresh[k]!;
    cache?.set(files[i]!, fresh[k]!);
  });
  return { outcomes: outcomes as FileOutcome[], cached: files.length - missing.length };
}
