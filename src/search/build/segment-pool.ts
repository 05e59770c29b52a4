/**
 * Indexes runs of pages in worker threads (segment-worker.ts, through src/utils/worker-pool.ts), by
 * default one per core, each taking the next run when done. Even a single run goes to a worker: this
 * thread stays free for Pagefind's batches, which are dispatched from it meanwhile.
 */
import { availableParallelism } from 'node:os';
import { listJobs, runInWorkers } from '../../utils/worker-pool.ts';
import type { SegmentJob, SegmentResult } from './segments.ts';

/** Indexes every job in `threads` threads; result i is job i's. `onDone` is called with each job as it finishes. */
export async function indexSegments(
  jobs: readonly SegmentJob[],
  threads = availableParallelism(),
  onDone: (job: SegmentJob) => void = () => {},
): Promise<SegmentResult[]> {
  if (jobs.length === 0) return [];
  const results = new Array<SegmentResult>(jobs.length);
  const done = (i: number, result: SegmentResult) => {
    results[i] = result;
    onDone(jobs[i]!);
  };
  await runInWorkers(new URL('./segment-worker.ts', import.meta.url), listJobs(jobs), done, { threads: Math.min(threads, jobs.length) });
  return results;
}
