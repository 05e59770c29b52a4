import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEVELS } from '../../../src/schemas/document.ts';
import { isListed } from '../../../src/lib/facets.ts';
import { buildTopicIndex } from '../../../src/lib/topic-index.ts';
import { nearestInYear, relatedDocuments } from '../../../src/lib/related.ts';
import { primaryTopicNeighbours } from '../../../src/lib/neighbours.ts';
import { doc } from '../helpers/doc-fixture.ts';

describe('relatedDocuments', () => {
  const self = doc('self', { level: 'county', topics: ['township', 'deputies'] });
  const docs = [
    self,
    doc('same-level-one-topic', { level: 'county', topics: ['deputies'] }),
    doc('other-level-two-topics', { level: 'province', topics: ['township', 'deputies'] }),
    doc('same-level-two-topics', { level: 'county', topics: ['deputies', 'township'] }),
    doc('unrelated', { level: 'county', topics: ['publicity'] }),
    doc('duplicate', { level: 'county', topics: ['township'], duplicateOf: 'self' }),
    doc('off-topic', { level: 'county', topics: ['township'], onTopic: false }),
  ];
  const index = buildTopicIndex(docs);

  it('puts same-level documents first, then more shared topics', () => {
    expect(relatedDocuments(self, index).map((d) => d.id)).toEqual([
      'same-level-two-topics',
      'same-level-one-topic',
      'other-level-two-topics',
    ]);
  });
  it('never lists the document itself, duplicates, or off-topic material for on-topic documents', () => {
    const ids = relatedDocuments(self, index, 100).map((d) => d.id);
    expect(ids).not.toContain('self');
    expect(ids).not.toContain('duplicate');
    expect(ids).not.toContain('off-topic');
    expect(ids).not.toContain('unrelated');
  });
  it('respects the limit', () => {
    expect(relatedDocuments(self, index, 1)).toHaveLength(1);
  });
  it('ranks within a bounded window of the documents closest in year', () => {
    // 300 county documents on one topic, one per year from 1800: the related ones are the nearest years.
    const many = Array.from({ length: 300 }, (_, i) => doc(`y${1800 + i}`, { year: 1800 + i, topics: ['township'] }));
    const target = many[150];
    const related = relatedDocuments(target, buildTopicIndex(many), 4, 20);
    expect(related.map((d) => d.data.year).sort()).toEqual([1948, 1949, 1951, 1952]);
  });
});

type Doc = ReturnType<typeof doc>;
interface DocSpec {
  level: (typeof LEVELS)[number];
  topics: readonly string[];
  year: number | null;
  onTopic: boolean;
  duplicate: boolean;
}

/** Documents d00, d01, … from random specs; a duplicate duplicates d00. */
function corpusOf(records: readonly DocSpec[]): Doc[] {
  return records.map((r, i) =>
    doc(`d${String(i).padStart(2, '0')}`, {
      level: r.level,
      topics: [...r.topics],
      year: r.year,
      onTopic: r.onTopic,
      ...(r.duplicate && i > 0 ? { duplicateOf: 'd00' } : {}),
    }),
  );
}

/** The stated order of candidates for `self`: same level, shared topics, primary topic, year, id. */
function byRank(self: Doc) {
  const distance = (y: number | null) => (y === null || self.data.year === null ? Number.MAX_SAFE_INTEGER : Math.abs(y - self.data.year));
  return (a: { d: Doc; shared: number }, b: { d: Doc; shared: number }) =>
    Number(b.d.data.level === self.data.level) - Number(a.d.data.level === self.data.level) ||
    b.shared - a.shared ||
    Number(b.d.data.topics[0] === self.data.topics[0]) - Number(a.d.data.topics[0] === self.data.topics[0]) ||
    distance(a.d.data.year) - distance(b.d.data.year) ||
    (a.d.id < b.d.id ? -1 : 1);
}

describe('relatedDocuments on corpora smaller than the window', () => {
  /** The ranking the doc comment states, over every listed document (no window). */
  function expected(self: Doc, docs: Doc[], limit: number) {
    return docs
      .filter((d) => d.id !== self.id && isListed(d) && d.data.onTopic === self.data.onTopic)
      .map((d) => ({ d, shared: d.data.topics.filter((t) => self.data.topics.includes(t)).length }))
      .filter(({ shared }) => shared > 0)
      .sort(byRank(self))
      .slice(0, limit)
      .map(({ d }) => d.id);
  }
  const slugs = ['township', 'deputies', 'oversight', 'publicity'] as const;
  const record = fc.record({
    level: fc.constantFrom(...LEVELS),
    topics: fc.uniqueArray(fc.constantFrom(...slugs), { minLength: 1, maxLength: 3 }),
    year: fc.option(fc.integer({ min: 2000, max: 2010 }), { nil: null }),
    onTopic: fc.constantFrom(true, true, true, false),
    duplicate: fc.boolean(),
  });

  it('ranks every document sharing a topic: same level, shared topics, primary topic, year, id', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (records, limit) => {
        const docs = corpusOf(records);
        const index = buildTopicIndex(docs);
        for (const self of docs) expect(relatedDocuments(self, index, limit).map((d) => d.id)).toEqual(expected(self, docs, limit));
      }),
    );
  });
});

describe('relatedDocuments with a window smaller than the lists', () => {
  /** The stated definition: candidates from the windows of every topic and level (own level first, others only when it has too few), fully sorted. */
  function expected(self: Doc, index: ReturnType<typeof buildTopicIndex>, limit: number, window: number) {
    const { level, topics, year, onTopic } = self.data;
    const shared = new Map<string, { d: Doc; shared: number }>();
    const collect = (l: (typeof LEVELS)[number]) => {
      for (const t of topics) {
        for (const d of nearestInYear(index.byTopicLevel.get(`${t}|${l}`) ?? [], year, window)) {
          if (d.id === self.id || d.data.onTopic !== onTopic) continue;
          shared.set(d.id, { d, shared: (shared.get(d.id)?.shared ?? 0) + 1 });
        }
      }
    };
    collect(level);
    if (shared.size < limit) for (const l of LEVELS) if (l !== level) collect(l);
    return [...shared.values()]
      .sort(byRank(self))
      .slice(0, limit)
      .map(({ d }) => d.id);
  }
  // Few topics, levels and years: many documents share (topics, level, year), so the shared group rankings are exercised.
  const record = fc.record({
    level: fc.constantFrom('county', 'township'),
    topics: fc.uniqueArray(fc.constantFrom('township', 'deputies', 'oversight'), { minLength: 1, maxLength: 2 }),
    year: fc.option(fc.integer({ min: 2000, max: 2003 }), { nil: null }),
    onTopic: fc.constantFrom(true, true, false),
    duplicate: fc.boolean(),
  });

  it('equals the definition, for grouped documents and duplicates alike', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 8 }), (records, limit, window) => {
        const docs = corpusOf(records);
        const index = buildTopicIndex(docs);
        for (const self of docs) {
          expect(relatedDocuments(self, index, limit, window).map((d) => d.id)).toEqual(expected(self, index, limit, window));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('nearestInYear', () => {
  const list = [doc('u', { year: null }), ...[2001, 2003, 2010, 2011, 2020].map((y) => doc(`y${y}`, { year: y }))];
  it('picks the documents closest in year', () => {
    expect(nearestInYear(list, 2009, 2).map((d) => d.id).sort()).toEqual(['y2010', 'y2011']);
    expect(nearestInYear(list, 1990, 3).map((d) => d.id)).toEqual(['y2001', 'y2003', 'y2010']);
  });
  it('takes the newest for an unknown year and everything from a short list', () => {
    expect(nearestInYear(list, null, 2).map((d) => d.id)).toEqual(['y2011', 'y2020']);
    expect(nearestInYear(list, 2000, 10)).toHaveLength(6);
  });
});

describe('primaryTopicNeighbours', () => {
  const docs = [
    doc('a', { year: 2024, topics: ['township'] }),
    doc('b', { year: 2020, topics: ['township'] }),
    doc('c', { year: 2010, topics: ['deputies', 'township'] }),
    doc('d', { year: 2005, topics: ['township'] }),
    doc('dup', { year: 2015, topics: ['township'], duplicateOf: 'a' }),
  ];
  const index = buildTopicIndex(docs);
  it('links to the neighbours in the primary topic list, in list order', () => {
    const b = primaryTopicNeighbours(docs[1], index);
    expect([b.prev?.id, b.next?.id]).toEqual(['a', 'c']);
    const a = primaryTopicNeighbours(docs[0], index);
    expect([a.prev, a.next?.id]).toEqual([undefined, 'b']);
  });
  it('uses the list of the first topic only', () => {
    const c = primaryTopicNeighbours(docs[2], index);
    expect([c.prev, c.next]).toEqual([undefined, undefined]);
  });
  it('gives duplicates no neighbours', () => {
    expect(primaryTopicNeighbours(docs[4], index)).toEqual({});
  });
});
