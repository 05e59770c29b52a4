import { describe, expect, it } from 'vitest';
import { INDEX_FORMAT, type IndexMeta } from '../../../../src/search/shared/index-format.ts';
import type { TermHit } from '../../../../src/search/client/match.ts';
import { rankRelated, relatedPlan, relatedPossible, shorterParts } from '../../../../src/search/client/related.ts';

/** A meta table of `n` documents of equal length, without facet values. */
function meta(n: number): IndexMeta {
  const none = () => Array.from({ length: n }, () => [] as number[]);
  return {
    format: INDEX_FORMAT,
    site: { name: '', base: '/' },
    segments: [],
    pack: { dir: '', shards: { l: 1, p: 1 } },
    facets: { topic: [], level: [], kind: [], province: [], year: [] },
    values: { topic: none(), level: none(), kind: none(), province: none(), year: none() },
    length: Array(n).fill(1000),
    titleLength: Array(n).fill(10),
    year: Array(n).fill(2015),
  };
}
const hits = (...docs: number[]) => new Map<number, TermHit>(docs.map((d) => [d, { count: 1, inTitle: false }]));

describe('relatedPlan', () => {
  it('cuts a natural phrase into words, leaving out single particles, and neighbour pairs', () => {
    const plan = relatedPlan(['乡镇人大主席团的职责']);
    expect(plan.words).toEqual(['乡镇', '人大', '主席', '职责']);
    expect(plan.pairs).toContain('主席团');
    expect(plan.pairs).toContain('乡镇人大');
  });
  it('has nothing to add for a query that is one word', () => {
    expect(relatedPossible(['代表'], relatedPlan(['代表']))).toBe(false);
    expect(relatedPossible(['代表工作'], relatedPlan(['代表工作']))).toBe(true);
  });
});

describe('rankRelated', () => {
  it('ranks all words before some, words standing together before scattered ones, and leaves out exact results', () => {
    const plan = { words: ['乡镇', '人大', '职责'], pairs: ['乡镇人大'] };
    const words = [hits(0, 1, 2, 3, 4), hits(0, 1, 2, 4), hits(1, 2, 3, 4)];
    const pairs = [hits(2)];
    const ranked = rankRelated(meta(5), plan, words, pairs, new Set([4]), {});
    expect(ranked.map((r) => r.doc)).toEqual([2, 1, 0, 3]);
    expect(ranked[2].matched).toEqual(['乡镇', '人大']);
    expect(ranked[3].matched).toEqual(['乡镇', '职责']);
  });
  it('needs two of four or more words', () => {
    const plan = { words: ['a1', 'b2', 'c3', 'd4'], pairs: [] };
    const ranked = rankRelated(meta(3), plan, [hits(0, 1), hits(1), hits(2), hits()], [], new Set(), {});
    expect(ranked.map((r) => r.doc)).toEqual([1]);
  });
});

describe('shorterParts', () => {
  it('offers runs of neighbouring words, longest first, without lone characters', () => {
    const parts = shorterParts(['乡镇人大主席团的职责']);
    expect(parts[0].length).toBeGreaterThan(parts[parts.length - 1].length);
    expect(parts).toContain('乡镇人大主席团');
    expect(parts).not.toContain('的');
  });
});
