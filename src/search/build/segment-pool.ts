/**
 * Indexes runs of pages in worker threads (segment-worker.ts), by default one per core, each
 * taking the next run when done. Even a single run goes to a worker: this thread stays free for
 * Pagefind's batches, which are dispatched from it meanwhile.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SegmentJob, SegmentResult } from './segments.ts';

/** Indexes every job in `threads` threads; result i is job i's. `onDone` is called with each job as it finishes. */
export async function indexSegments(
  jobs: readonly SegmentJob[],
  threads = availableParallelism(),
  onDone: (job: SegmentJob) => void = () => {},
): Promise<SegmentResult[]> {
  if (jobs.length === 0) return [];
  const results = new Array<SegmentResult>(jobs.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(threads, jobs.length)) }, () => new Worker(new URL('./segment-worker.ts', import.meta.url)));
  try {
    await Promise.all(
      workers.map(async (worker) => {
        for (let i = next++; i < jobs.length; i = next++) {
          results[i] = await new Promise<SegmentResult>((resolve, reject) => {
            const fail = (error: Error) => reject(error);
            worker.once('error', fail);
            worker.once('message', (m: { result?: SegmentResult; error?: string }) => {
              worker.off('error', fail);
              if (m.result) resolve(m.result);
              else reject(new Error(m.error));
            });
            worker.postMessage(jobs[i]);
          });
          onDone(jobs[i]);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
