import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, type IndexInput } from '../../../src/integrations/search/build-index.ts';
import { ShardView, decodeShard, encodeShard, shardOf, type IndexMeta, type Shard } from '../../../src/scripts/search/index-format.ts';
import { coverOffsets, keysFor, matchTerm } from '../../../src/scripts/search/match.ts';
import { normalize } from '../../../src/scripts/search/normalize.ts';
import { rankResults } from '../../../src/scripts/search/rank.ts';
import { VarintReader, VarintWriter } from '../../../src/scripts/search/varint.ts';
import type { SearchRecord } from '../../../src/components/search/search-record.ts';

function record(title: string, year: number | null, topic = 'deputies', level = 'county'): SearchRecord {
  return {
    title,
    meta: '',
    year,
    facets: {
      topic: [{ key: topic, label: topic }],
      level: [{ key: level, label: level }],
      kind: [{ key: 'speech', label: '讲话' }],
      province: [],
      year: year === null ? [] : [{ key: String(year), label: `${year}年` }],
    },
  };
}

function page(title: string, body: string[], year: number | null = 2020, topic?: string, level?: string): IndexInput {
  return {
    url: `docs/${title}/`,
    text: { blocks: [{ text: title, anchor: -1, heading: 1 }, ...body.map((text) => ({ text, anchor: -1, heading: 0 }))], anchors: [] },
    record: record(title, year, topic, level),
  };
}

/** Builds the index and returns a matcher over it, as the browser client uses it. */
function searchable(pages: IndexInput[]) {
  const { meta, files } = buildIndex(pages);
  const shards = new Map<number, ShardView>();
  const lookup = (key: string) => {
    const n = shardOf(key, meta.shards);
    if (!shards.has(n)) shards.set(n, new ShardView(files.get(`s${n}.bin`)!));
    return shards.get(n)!.get(key);
  };
  return { meta, files, match: (term: string) => matchTerm(term, lookup, (doc) => meta.titleLength[doc]) };
}

describe('varint and shard codec', () => {
  it('round-trips numbers of every size', () => {
    const numbers = [0, 1, 127, 128, 300, 2 ** 31, 2 ** 40 + 5];
    const w = new VarintWriter();
    numbers.forEach((n) => w.write(n));
    const r = new VarintReader(w.finish());
    expect(numbers.map(() => r.read())).toEqual(numbers);
    expect(r.done).toBe(true);
    expect(() => r.read()).toThrow(/truncated/);
  });
  it('round-trips postings of characters and bigrams', () => {
    const shard: Shard = new Map([
      ['人', [{ doc: 0, count: 3, inTitle: true }, { doc: 7, count: 1, inTitle: false }]],
      ['人大', [{ doc: 2, count: 2, inTitle: false, positions: [4, 900] }]],
      ['𠀀字', [{ doc: 5, count: 1, inTitle: false, positions: [0] }]],
    ]);
    expect(decodeShard(encodeShard(shard))).toEqual(shard);
    const view = new ShardView(encodeShard(shard));
    expect(view.get('人大')).toEqual(shard.get('人大'));
    expect(view.get('大人')).toBeUndefined();
  });
});

describe('coverOffsets / keysFor', () => {
  it('covers every character with non-overlapping bigrams plus the last', () => {
    expect(coverOffsets(2)).toEqual([0]);
    expect(coverOffsets(3)).toEqual([0, 1]);
    expect(coverOffsets(5)).toEqual([0, 2, 3]);
    expect(keysFor('人事任免')).toEqual(['人事', '任免']);
    expect(keysFor('法')).toEqual(['法']);
  });
});

describe('exact matching over the built index', () => {
  it('finds exactly the documents containing the term, whatever a word segmenter would say', () => {
    const { match } = searchable([
      page('甲', ['会议通过了人事任免事项。']),
      page('乙', ['他是好人事事任免都公道。']), // has 人事 and 任免 but not 人事任免
      page('丙', ['人事', '任免']), // parts in separate blocks
      page('丁', ['充分发挥代表作用']),
    ]);
    expect([...match('人事任免').keys()]).toEqual([0]);
    expect([...match('代表作用').keys()]).toEqual([3]);
    expect([...match('人事').keys()].sort()).toEqual([0, 1, 2]);
    expect([...match('事任').keys()].sort()).toEqual([0, 1]);
  });
  it('never matches across a block boundary', () => {
    const { match } = searchable([page('标题', ['前一段结尾人', '大后一段'])]);
    expect(match('人大').size).toBe(0);
    expect(match('标题前').size).toBe(0);
  });
  it('counts occurrences and notices title hits', () => {
    const { match } = searchable([page('代表工作会议', ['代表工作很重要，代表工作要做好。'])]);
    expect(match('代表工作').get(0)).toEqual({ count: 3, inTitle: true });
    expect(match('会').get(0)).toEqual({ count: 1, inTitle: true });
  });
  it('agrees with substring search on random texts (property)', () => {
    const alphabet = fc.constantFrom(...'人大代表工作事任免好a1'.split(''));
    const text = fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.array(alphabet, { minLength: 1, maxLength: 5 }), (docs, termChars) => {
        const term = termChars.join('');
        const pages = docs.map((blocks, i) => page(`t${i}`, blocks));
        const { match } = searchable(pages);
        const expected = pages.flatMap((p, i) => (p.text.blocks.some((b) => normalize(b.text).includes(term)) ? [i] : []));
        expect([...match(term).keys()].sort((a, b) => a - b)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('rankResults', () => {
  const pages = [
    page('其他', ['人大代表工作，代表工作。'], 2010, 'deputies', 'county'),
    page('代表工作', ['内容'], 2012, 'oversight', 'township'),
    page('乙', ['监督和代表工作'], 2020, 'deputies', 'township'),
    page('丙', ['监督'], 2021, 'oversight', 'county'),
  ];
  const { meta, match } = searchable(pages);
  const facet = (m: IndexMeta, f: 'topic' | 'level', key: string) => m.facets[f].findIndex((v) => v.key === key);

  it('ranks title matches first and keeps only documents with every term', () => {
    const r = rankResults(meta, [match('代表工作')], {}, 'relevance');
    expect(r.docs[0]).toBe(1);
    expect(r.docs.sort()).toEqual([0, 1, 2]);
    expect(rankResults(meta, [match('代表工作'), match('监督')], {}, 'relevance').docs).toEqual([2]);
  });
  it('sorts by year when asked', () => {
    expect(rankResults(meta, [match('代表工作')], {}, 'year').docs).toEqual([2, 1, 0]);
  });
  it('filters by facet and counts each facet as if its own selection were changed', () => {
    const r = rankResults(meta, [match('代表工作')], { level: facet(meta, 'level', 'township') }, 'relevance');
    expect(r.docs.sort()).toEqual([1, 2]);
    expect(r.facetCounts.level.get(facet(meta, 'level', 'county'))).toBe(1);
    expect(r.facetCounts.topic.get(facet(meta, 'topic', 'oversight'))).toBe(1);
    expect(r.withoutFilters).toBe(3);
  });
  it('reports how many results remain without each term', () => {
    const r = rankResults(meta, [match('代表工作'), match('不存在')], {}, 'relevance');
    expect(r.docs).toEqual([]);
    expect(r.withoutTerm).toEqual([0, 3]);
    expect(rankResults(meta, [match('代表工作')], {}, 'relevance').withoutTerm).toEqual([]);
  });
  it('lists all documents, newest first, for filters without terms', () => {
    expect(rankResults(meta, [], { topic: facet(meta, 'topic', 'oversight') }, 'relevance').docs).toEqual([3, 1]);
  });
});
