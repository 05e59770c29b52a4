import { describe, expect, it } from 'vitest';
import { groundTruth, percentile, scoreQuery } from '../../../../src/tools/bench/search-metrics.ts';
import { generateQueries, PER_CATEGORY } from '../../../../src/tools/bench/search-queries.ts';

describe('benchmark scoring and query set', () => {
  it('takes ground truth from lines and scores ranked lists', () => {
    const docs = new Map([
      ['a/', ['代表工作会议']],
      ['b/', ['代表', '工作']],
    ]);
    expect([...groundTruth(docs, ['代表工作'])]).toEqual(['a/']);
    expect([...groundTruth(docs, ['代表', '工作'])]).toEqual(['a/', 'b/']);
    expect(scoreQuery(new Set(['a/']), ['b/', 'a/'])).toEqual({ recall: 1, rPrecision: 0, precision: 0.5 });
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
  });
  it('generates a deterministic set of at least 100 queries in every category', () => {
    const docs = [['湖南省长沙县人大常委会2012年召开代表工作会议，GDP增长8%，15个乡镇参加。'], ['全过程人民民主在基层的生动实践，代表之家建设']];
    const text = docs.flat().join('\n');
    const make = () => generateQueries(docs, 7, (q) => text.includes(q), ['湖南省', '长沙', '北京']);
    const queries = make();
    expect(queries).toEqual(make());
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const category of Object.keys(PER_CATEGORY)) expect(queries.some((q) => q.category === category)).toBe(true);
    expect(queries.filter((q) => q.category === 'no-match').every((q) => !text.includes(q.q))).toBe(true);
  });
});
