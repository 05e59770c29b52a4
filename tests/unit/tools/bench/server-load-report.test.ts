import { describe, expect, it } from 'vitest';
import type { LoadFigures, ServerStats } from '../../../../src/tools/bench/server-load.ts';
import { serverLoadFailed, serverLoadReport } from '../../../../src/tools/bench/server-load-report.ts';

const MiB = 1024 * 1024;
const stats = (fds: number, rss: number): ServerStats => ({ fds, peakFds: fds, rss: rss * MiB, heapUsed: 12.6 * MiB, external: 10 * MiB });
const figures = (over: Partial<LoadFigures> = {}): LoadFigures => ({
  requests: 281,
  errors: 0,
  reasons: new Map(),
  cutShort: 0,
  answering: true,
  before: stats(25, 90.9),
  peakFds: 198,
  rounds: [stats(25, 98.7), stats(25, 99)],
  after: stats(25, 99),
  ...over,
});
const options = { rounds: 2, concurrent: 100, aborted: 20, replaced: 20 };

describe('the preview server load report', () => {
  it('prints the requests, errors, open files and memory after each round, in MB', () => {
    const lines = serverLoadReport(figures(), options);
    expect(lines[0]).toBe('requests       281 (2 rounds of 100 concurrent, 20 aborted mid-body, 20 for files being replaced)');
    expect(lines[1]).toBe('errors         0');
    expect(lines[3]).toBe('still answers  yes');
    expect(lines[4]).toBe('open files     25 before, 198 peak, 25 after');
    expect(lines[5]).toBe('RSS            90.9 MB before, 98.7 MB, 99.0 MB after each round');
  });

  it('names why requests got no answer, and a server that hit the open-file limit', () => {
    const lines = serverLoadReport(figures({ errors: 3, reasons: new Map([['ECONNRESET', 3]]), peakFds: Infinity }), options);
    expect(lines[1]).toBe('errors         3 (no answer: ECONNRESET ×3)');
    expect(lines[4]).toBe('open files     25 before, the limit (EMFILE) peak, 25 after');
  });

  it('counts as failed when a request failed or files stayed open', () => {
    expect(serverLoadFailed(figures())).toBe(false);
    expect(serverLoadFailed(figures({ errors: 1 }))).toBe(true);
    expect(serverLoadFailed(figures({ after: stats(26, 99) }))).toBe(true);
  });
});
