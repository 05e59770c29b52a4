/**
 * The one worker-thread pool (ingest files, search index segments, Pagefind batches): jobs run in at
 * most `threads` worker threads started from `entry`, each worker taking the next job as soon as it
 * has answered the last, so a slow job never holds the others up. `onResult` gets every answer with
 * its job's index, whatever order the workers finish in. In the worker, serveJobs answers each job
 * with `{ result }` or `{ error }`. All workers are stopped at the end, also when a job fails.
 */
import { parentPort, Worker } from 'node:worker_threads';

/** The next job and its index, or undefined when none is left. */
export type NextJob<J> = () => { index: number; job: J } | undefined;

export interface PoolOptions {
  /** Worker threads (at least one). */
  threads: number;
  /** A fresh thread for every job, for work that leaves state behind (Pagefind's service). */
  threadPerJob?: boolean;
}

/** Runs the jobs `next` gives in worker threads of `entry`; resolves when all are answered, rejects on the first error. */
export async function runInWorkers<J, R>(
  entry: URL,
  next: NextJob<J>,
  onResult: (index: number, result: R) => void,
  { threads, threadPerJob = false }: PoolOptions,
): Promise<void> {
  const running = new Set<Worker>();
  const lane = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      let worker: Worker | undefined;
      let index = -1;
      const start = () => {
        const w = new Worker(entry);
        running.add(w);
        w.on('message', (m: { result?: R; error?: string }) => {
          if (m.error !== undefined) return reject(new Error(m.error));
          try {
            onResult(index, m.result as R);
          } catch (error) {
            return reject(error);
          }
          if (threadPerJob) {
            running.delete(w);
            void w.terminate();
            worker = undefined;
          }
          send();
        });
        w.on('error', reject);
        return w;
      };
      const send = () => {
        const job = next();
        if (!job) return resolve();
        index = job.index;
        worker ??= start();
        worker.postMessage(job.job);
      };
      send();
    });
  try {
    await Promise.all(Array.from({ length: Math.max(1, threads) }, lane));
  } finally {
    await Promise.all([...running].map((w) => w.terminate()));
  }
}

/** Jobs of a list, in order. */
export function listJobs<J>(jobs: readonly J[]): NextJob<J> {
  let i = 0;
  return () => (i < jobs.length ? { index: i, job: jobs[i++]! } : undefined);
}

/** In a worker thread: answers each job with `{ result }` from `handle`, or `{ error }` (prefixed with `name(job)`) with its stack. */
export function serveJobs<J, R>(handle: (job: J) => R | Promise<R>, name: (job: J) => string = () => ''): void {
  parentPort!.on('message', async (job: J) => {
    try {
      parentPort!.postMessage({ result: await handle(job) });
    } catch (error) {
      const prefix = name(job);
      parentPort!.postMessage({ error: `${prefix ? `${prefix}: ` : ''}${error instanceof Error ? (error.stack ?? error.message) : String(error)}` });
    }
  });
}
