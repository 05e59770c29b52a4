import { describe, expect, it } from 'vitest';
import { listJobs, runInWorkers } from '../../../src/utils/worker-pool.ts';

const WORKER = new URL('./pool-worker.ts', import.meta.url);

describe('runInWorkers', () => {
  it('gives every result with its job index, whatever order the workers finish in', async () => {
    const jobs = [{ value: 1, delay: 60 }, { value: 2, delay: 0 }, { value: 3, delay: 30 }, { value: 4, delay: 0 }];
    const results: number[] = [];
    const order: number[] = [];
    await runInWorkers(WORKER, listJobs(jobs), (i, r: number) => ((results[i] = r), order.push(i)), { threads: 2 });
    expect(results).toEqual([2, 4, 6, 8]);
    expect(order[0]).not.toBe(0);
  });

  it('runs each job in a fresh thread when asked', async () => {
    const results: number[] = [];
    await runInWorkers(WORKER, listJobs([{ value: 5, delay: 0 }, { value: 6, delay: 0 }]), (i, r: number) => (results[i] = r), { threads: 1, threadPerJob: true });
    expect(results).toEqual([10, 12]);
  });

  it('fails with the failing job named', async () => {
    const jobs = [{ value: 1, delay: 0 }, { value: 7, delay: 0, fail: true }];
    await expect(runInWorkers(WORKER, listJobs(jobs), () => {}, { threads: 2 })).rejects.toThrow(/^job 7: Error: boom/);
  });
});
