import { describe, expect, it } from 'vitest';
import { MIN_PACK_BYTES, shardTarget } from '../../../../src/search/build/build-index.ts';

describe('shardTarget', () => {
  it('makes a term cost about the same (its pack) however the site is cut into segments', () => {
    for (const site of [1_000, 10_000, 40_000]) {
      const packs = [1024, 2048, 4096].map((segment) => shardTarget(site, segment) * Math.ceil(site / Math.min(segment, site)));
      expect(Math.max(...packs) / Math.min(...packs), `${site} documents`).toBeLessThan(2.5);
    }
    expect(shardTarget(1_000, 1024)).toBeGreaterThanOrEqual(MIN_PACK_BYTES);
  });

  it('stays put when the site grows or shrinks by a document, so unchanged segments stay cached', () => {
    for (const site of [1_000, 2_500, 10_014, 30_000]) {
      expect(shardTarget(site + 1, 1024)).toBe(shardTarget(site, 1024));
      expect(shardTarget(site - 1, 1024)).toBe(shardTarget(site, 1024));
    }
  });
});
