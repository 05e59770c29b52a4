import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IndexInput } from '../../../../src/search/build/build-index.ts';
import { decodePack, encodeMeta, encodePack, type IndexMeta } from '../../../../src/search/shared/index-format.ts';
import type { SearchFacet } from '../../../../src/search/shared/facet-registry.ts';
import { SearchClient } from '../../../../src/search/client/client.ts';
import { normalize } from '../../../../src/search/shared/normalize.ts';
import type { SortOrder } from '../../../../src/search/client/rank.ts';
import { buildIndex, page } from '../records.ts';

/** Builds the index in segments of `segmentDocs` documents and searches it with the browser's client, files served from memory. */
async function searchable(pages: IndexInput[], segmentDocs?: number) {
  const { meta, files } = buildIndex(pages, segmentDocs);
  files.set('meta.bin', encodeMeta(meta));
  const client = new SearchClient('', async (path) => files.get(path) ?? Promise.reject(new Error(`no file ${path}`)));
  return { meta, files, client, match: (term: string) => client.matches(term) };
}

describe('exact matching over the built index', () => {
  it('finds exactly the documents containing the term, whatever a word segmenter would say', async () => {
    const { match } = await searchable([
      page('甲', ['会议通过了人事任免事项。']),
      page('乙', ['他是好人事事任免都公道。']), // has 人事 and 任免 but not 人事任免
      page('丙', ['人事', '任免']), // parts in separate blocks
      page('丁', ['充分发挥代表作用']),
    ]);
    expect([...(await match('人事任免')).keys()]).toEqual([0]);
    expect([...(await match('代表作用')).keys()]).toEqual([3]);
    expect([...(await match('人事')).keys()].sort()).toEqual([0, 1, 2]);
    expect([...(await match('事任')).keys()].sort()).toEqual([0, 1]);
  });
  it('verifies longer terms piece by piece, whatever the pieces occur elsewhere', async () => {
    const { match } = await searchable([
      page('甲', ['全国人大常委会通过了决定。']),
      page('乙', ['全国人大代表和省人大常委会']), // both pieces, not together
      page('丙', ['全国人大', '常委会']), // split across blocks
      page('丁', ['全国人大常委会全国人大常委会']),
    ]);
    expect([...(await match('全国人大常委会')).keys()]).toEqual([0, 3]);
    expect((await match('全国人大常委会')).get(3)).toEqual({ count: 2, inTitle: false });
    expect([...(await match('人大常委会通过了决定')).keys()]).toEqual([0]);
  });
  it('never matches across a block boundary', async () => {
    const { match } = await searchable([page('标题', ['前一段结尾人', '大后一段'])]);
    expect((await match('人大')).size).toBe(0);
    expect((await match('标题前')).size).toBe(0);
  });
  it('counts occurrences and notices title hits', async () => {
    const { match } = await searchable([page('代表工作会议', ['代表工作很重要，代表工作要做好。'])]);
    expect((await match('代表工作')).get(0)).toEqual({ count: 3, inTitle: true });
    expect((await match('代表工作会议')).get(0)).toEqual({ count: 1, inTitle: true });
    expect((await match('代表工作很重要')).get(0)).toEqual({ count: 1, inTitle: false });
    expect((await match('会')).get(0)).toEqual({ count: 1, inTitle: true });
  });
  it('looks a term up with one request whatever the number of segments', async () => {
    const pages = Array.from({ length: 12 }, (_, i) => page(`t${i}`, [i % 3 ? '人大代表工作' : '监督']));
    const { meta, files } = buildIndex(pages, 2);
    expect(meta.segments).toHaveLength(6);
    files.set('meta.bin', encodeMeta(meta));
    const loaded: string[] = [];
    const client = new SearchClient('', async (path) => (loaded.push(path), files.get(path)!));
    await client.meta();
    loaded.length = 0;
    expect([...(await client.matches('代表'))].map(([doc]) => doc)).toEqual([1, 2, 4, 5, 7, 8, 10, 11]);
    expect(loaded).toEqual([expect.stringMatching(/^pack\/l\d+\.bin$/)]);
  });
  it('round-trips pack files', () => {
    const members = [new Uint8Array([1, 2, 3]), new Uint8Array(0), new Uint8Array(300).fill(7)];
    expect(decodePack(encodePack(members))).toEqual(members);
    expect(() => decodePack(encodePack(members).subarray(0, 10))).toThrow(/truncated/);
  });
  it('agrees with substring search on random texts, across segments (property)', async () => {
    const alphabet = fc.constantFrom(...'人大代表工作事任免好a1'.split(''));
    const text = fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.array(alphabet, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 4 }),
        async (docs, termChars, segmentDocs) => {
          const term = termChars.join('');
          const pages = docs.map((blocks, i) => page(`t${i}`, blocks));
          const { match } = await searchable(pages, segmentDocs);
          const expected = pages.flatMap((p, i) => (p.text.blocks.some((b) => normalize(b.text).includes(term)) ? [i] : []));
          expect([...(await match(term)).keys()].sort((a, b) => a - b)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('ranking and facets', () => {
  const pages = [
    page('其他', ['人大代表工作，代表工作。'], 2010, 'deputies', 'county'),
    page('代表工作', ['内容'], 2012, 'oversight', 'township'),
    page('乙', ['监督和代表工作'], 2020, 'deputies', 'township'),
    page('丙', ['监督'], 2021, 'oversight', 'county'),
  ];
  // Segments of 3 documents: results come from two segments.
  const built = searchable(pages, 3);
  const search = async (terms: string[], filters: Partial<Record<SearchFacet, string>> = {}, sort: SortOrder = 'relevance') =>
    (await built).client.search({ terms, filters, sort });
  const facet = (m: IndexMeta, f: SearchFacet, key: string) => m.facets[f].findIndex((v) => v.key === key);

  it('ranks title matches first and keeps only documents with every term', async () => {
    const r = await search(['代表工作']);
    expect(r.docs[0]).toBe(1);
    expect([...r.docs].sort()).toEqual([0, 1, 2]);
    expect((await search(['代表工作', '监督'])).docs).toEqual([2]);
  });
  it('sorts by year when asked', async () => {
    expect((await search(['代表工作'], {}, 'year')).docs).toEqual([2, 1, 0]);
  });
  it('filters by facet and counts each facet as if its own selection were changed', async () => {
    const r = await search(['代表工作'], { level: 'township' });
    expect([...r.docs].sort()).toEqual([1, 2]);
    expect(r.facetCounts.level.get(facet(r.meta, 'level', 'county'))).toBe(1);
    expect(r.facetCounts.topic.get(facet(r.meta, 'topic', 'oversight'))).toBe(1);
    expect(r.withoutFilters).toBe(3);
  });
  it('reports how many results remain without each term', async () => {
    const r = await search(['代表工作', '不存在']);
    expect(r.docs).toEqual([]);
    expect(r.withoutTerm).toEqual([0, 3]);
    expect((await search(['代表工作'])).withoutTerm).toEqual([]);
  });
  it('lists all documents, newest first, for filters without terms', async () => {
    expect((await search([], { topic: 'oversight' })).docs).toEqual([3, 1]);
  });
  it('shows each result from its own segment', async () => {
    const { client } = await built;
    expect((await client.fragment(3)).title).toBe('丙');
    expect((await client.fragment(1)).url).toBe('docs/代表工作/');
  });
});
