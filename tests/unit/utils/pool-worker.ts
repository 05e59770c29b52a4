/** Worker of the worker-pool test: doubles `value` after `delay` ms, or fails. */
import { serveJobs } from '../../../src/utils/worker-pool.ts';

serveJobs(
  async (job: { value: number; delay: number; fail?: boolean }) => {
    await new Promise((resolve) => setTimeout(resolve, job.delay));
    if (job.fail) throw new Error('boom');
    return job.value * 2;
  },
  (job) => `job ${job.value}`,
);
