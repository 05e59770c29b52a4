/**
 * The document index pages ask instead of scanning collections: topic lists in reading order
 * without duplicates, related documents (most shared topics, same level first) and previous/next
 * within the primary topic — checked against a brute-force reading of the same rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocumentIndex, type IndexedDocument } from '../../src/site/document-index.ts';

const doc = (id: string, data: Partial<IndexedDocument['data']> = {}): IndexedDocument => ({
  id,
  data: { title: id, year: 2020, level: 'county', topics: ['deputies'], onTopic: true, ...data },
});

describe('buildDocumentIndex', () => {
  const docs = [
    doc('a', { title: '乙', year: 2019 }),
    doc('b', { title: '甲', year: 2019 }),
    doc('c', { year: 2023 }),
    doc('d', { year: null }),
    doc('e', { year: 2024, onTopic: false }),
    doc('f', { year: 2024, duplicateOf: 'c' }),
    doc('g', { topics: ['supervision', 'deputies'], level: 'township', year: 2010 }),
  ];
  const index = buildDocumentIndex(docs);

  it('lists a topic by year (newest first, undated last) then title, off-topic material after, duplicates left out', () => {
    expect(index.byTopic.get('deputies')!.map((d) => d.id)).toEqual(['c', 'b', 'a', 'g', 'd', 'e']);
    expect(index.byTopic.get('supervision')!.map((d) => d.id)).toEqual(['g']);
    expect(index.byId.get('f')!.data.duplicateOf).toBe('c');
  });

  it('gives previous and next within the primary topic', () => {
    expect(index.neighbours('b')).toEqual({ prev: docs[2], next: docs[0] });
    expect(index.neighbours('c').prev).toBeUndefined();
    expect(index.neighbours('f')).toEqual({});
    expect(index.neighbours('g')).toEqual({ prev: undefined, next: undefined });
  });

  it('relates documents by shared topics, same level first, never the document itself or a duplicate', () => {
    const more = buildDocumentIndex([
      ...docs,
      doc('h', { topics: ['supervision', 'deputies'], level: 'county', year: 2000 }),
      doc('i', { topics: ['supervision'], level: 'township', year: 2025 }),
    ]);
    expect(more.related('g', 4).map((d) => d.id)).toEqual(['h', 'i', 'c', 'b']);
    expect(more.related('c', 10).map((d) => d.id)).not.toContain('f');
    expect(more.related('c', 10).map((d) => d.id)).not.toContain('c');
    expect(more.related('nope')).toEqual([]);
  });

  it('agrees with a brute-force ranking over every pair of documents', () => {
    const topics = ['a', 'b', 'c', 'd'];
    const levels = ['province', 'county', 'township'] as const;
    const arbitraryDoc = fc.record({
      topics: fc.uniqueArray(fc.constantFrom(...topics), { minLength: 1, maxLength: 3 }),
      level: fc.constantFrom(...levels),
      year: fc.option(fc.integer({ min: 2000, max: 2025 }), { nil: null }),
      duplicate: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbitraryDoc, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 6 }), (specs, limit) => {
        const all = specs.map((s, i) =>
          doc(`d${i}`, { topics: s.topics, level: s.level, year: s.year, ...(s.duplicate && i > 0 ? { duplicateOf: 'd0' } : {}) }),
        );
        const index = buildDocumentIndex(all);
        const listed = all.filter((d) => !d.data.duplicateOf);
        const order = (d: IndexedDocument) => listed.findIndex((x) => x.id === d.id);
        const readingOrder = [...listed].sort(
          (a, b) => (b.data.year ?? -Infinity) - (a.data.year ?? -Infinity) || a.data.title.localeCompare(b.data.title, 'zh-CN') || order(a) - order(b),
        );
        for (const d of all) {
          const sharedWith = (o: IndexedDocument) => o.data.topics.filter((t) => d.data.topics.includes(t)).length;
          const expected = readingOrder
            .filter((o) => o.id !== d.id && sharedWith(o) > 0)
            .sort((a, b) => sharedWith(b) - sharedWith(a) || Number(b.data.level === d.data.level) - Number(a.data.level === d.data.level))
            .slice(0, limit);
          expect(index.related(d.id, limit).map((o) => o.id)).toEqual(expected.map((o) => o.id));
        }
      }),
      { numRuns: 200 },
    );
  });
});
