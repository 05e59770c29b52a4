/** Worker thread of segment-pool.ts: indexes the runs of pages it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { indexSegment, type SegmentJob } from './segments.ts';

parentPort!.on('message', (job: SegmentJob) => {
  try {
    parentPort!.postMessage({ result: indexSegment(job) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
