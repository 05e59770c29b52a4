import { describe, expect, it } from 'vitest';
import { BROWSE_LINKS, FACET_FIELDS, SEARCH_FACETS, compareFacetValues } from '../../../../src/search/shared/facet-registry.ts';
import { FACETS, bucketize } from '../../../../src/lib/facets.ts';
import { searchRecord } from '../../../../src/search/shared/search-record.ts';
import { doc } from '../../helpers/doc-fixture.ts';

const sorted = (facet: Parameters<typeof compareFacetValues>[0], values: { key: string; label: string }[]) =>
  [...values].sort((a, b) => compareFacetValues(facet, a, b)).map((v) => v.key);

describe('facet registry', () => {
  it('orders a facet the same on browse pages and in the search filters', () => {
    const docs = (['unknown', 'township', 'province', 'county', 'prefecture'] as const).map((level, i) => doc(String(i), { level }));
    const browse = bucketize(docs, FACETS.level).map((b) => b.key);
    const search = sorted('level', docs.map((d) => searchRecord(d.data).facets.level[0]));
    expect(browse).toEqual(['province', 'prefecture', 'county', 'township', 'unknown']);
    expect(search).toEqual(browse);
  });

  it('files a place the same way in search and on the places pages, even when a correction gave no code', () => {
    // An override may set a place by name alone: the province key must still be the gazetteer's.
    const corrected = doc('a', { place: { name: '某镇', province: '江苏省' } });
    const province = searchRecord(corrected.data).facets.province;
    expect(province).toEqual([{ key: '32', label: '江苏省' }]);
    expect(FACETS.place.values(corrected)[0]).toEqual(province[0]);
  });

  it('lists provinces by division code, years newest first', () => {
    expect(sorted('province', [{ key: '53', label: '云南省' }, { key: '11', label: '北京市' }, { key: '32', label: '江苏省' }])).toEqual(['11', '32', '53']);
    expect(sorted('year', [{ key: '2010', label: '2010年' }, { key: '2024', label: '2024年' }])).toEqual(['2024', '2010']);
  });

  it('gives search no value for an unknown year, while browse pages file it under 无确切年份', () => {
    const undated = doc('a', { year: null });
    expect(searchRecord(undated.data).facets.year).toEqual([]);
    expect(FACETS.year.values(undated)).toEqual([{ key: 'unknown', label: '无确切年份' }]);
  });

  it('names every search filter and browse link with the registry label', () => {
    for (const f of SEARCH_FACETS) expect(FACET_FIELDS[f].label).toMatch(/^\p{Script=Han}{2}$/u);
    expect(BROWSE_LINKS.map((l) => l.label)).toEqual(['专题', '全部文档', '按层级', '按地区', '按年份', '按时期', '按类型']);
  });
});
