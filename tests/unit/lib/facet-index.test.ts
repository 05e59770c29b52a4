import { describe, expect, it } from 'vitest';
import { FACETS } from '../../../src/lib/facets.ts';
import { facetIndex } from '../../../src/lib/facet-index.ts';
import { doc } from '../helpers/doc-fixture.ts';

describe('facetIndex', () => {
  const docs = [
    doc('shule', { place: { name: '疏勒县', province: '新疆维吾尔自治区', code: '653122' } }),
    doc('kashgar', { place: { name: '喀什地区', province: '新疆维吾尔自治区', code: '6531' } }),
    doc('yunnan', { place: { name: '云南省', code: '53' } }),
    doc('town', { place: { name: '某镇', province: '江苏省' } }),
    doc('nowhere'),
  ];

  it('nests a province’s cities and counties under it, each with its own count; places without a code stand alone', () => {
    const { groups } = facetIndex(docs, FACETS.place);
    expect(groups.map((g) => [g.top.label, g.top.count, g.children.map((c) => `${c.label} ${c.count}`)])).toEqual([
      ['江苏省', 1, []],
      ['云南省', 1, []],
      ['新疆维吾尔自治区', 2, ['喀什地区 1', '疏勒县 1']],
      ['某镇', 1, []],
    ]);
    expect(groups[2].children[1].path).toBe('places/653122/');
  });

  it('counts the documents and those without a value', () => {
    expect(facetIndex(docs, FACETS.place)).toMatchObject({ total: 5, without: 1 });
    expect(facetIndex(docs, FACETS.level)).toMatchObject({ total: 5, without: 0 });
  });

  it('does not nest other facets', () => {
    const years = facetIndex([doc('a', { year: 2010 }), doc('b', { year: 201 })], FACETS.year);
    expect(years.groups.map((g) => [g.top.label, g.children.length])).toEqual([['2010年', 0], ['201年', 0]]);
  });
});
