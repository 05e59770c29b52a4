import { describe, expect, it } from 'vitest';
import { indexTimes } from '../../../../src/tools/bench/index-times.ts';

const LOG = [
  '10:21:30 [search-index] Pagefind indexed 68 pages in 2 bundle(s), 1 reused, in 812 ms',
  '10:21:30 [search-index] exact-match index: 21 documents in 1 segments (1 built, the others from the cache), 52 KiB, in 95 ms',
  '10:21:30 [search-index] search indexes written in 830 ms',
].join('\n');

describe('the search indexes’ times in a build log', () => {
  it('are read from the lines the search integration writes', () => {
    expect(indexTimes(LOG)).toEqual({ pagefindMs: 812, bundles: '2 (1 reused)', exactMs: 95, totalMs: 830 });
  });

  it('are refused with the end of the log when a line is missing', () => {
    expect(() => indexTimes('astro build failed somewhere')).toThrow(/did not log its search indexes:\nastro build failed somewhere/);
  });
});
