import { describe, expect, it } from 'vitest';
import { FACETS, FACET_VALUES, bucketize, isListed, isMain, nameKey, sortDocs } from '../../../src/lib/facets.ts';

const placeValues = (d: ReturnType<typeof doc>) => FACET_VALUES.place(d.data);
import { doc } from '../helpers/doc-fixture.ts';

describe('sortDocs', () => {
  it('orders newest year first, unknown years last, then by title', () => {
    const docs = [doc('a', { year: null, title: '甲' }), doc('b', { year: 2010, title: '乙' }), doc('c', { year: 2024, title: '丙' }), doc('d', { year: 2010, title: '丁' })];
    expect(sortDocs(docs).map((d) => d.id)).toEqual(['c', 'd', 'b', 'a']);
  });
});

describe('listing rules', () => {
  it('leaves duplicates out of lists and off-topic material out of main lists', () => {
    expect(isListed(doc('a', { duplicateOf: 'b' }))).toBe(false);
    expect(isMain(doc('a', { onTopic: false }))).toBe(false);
    expect(isListed(doc('a', { onTopic: false }))).toBe(true);
  });
});

describe('placeValues', () => {
  it('files a county under its province (by gazetteer code) and itself', () => {
    const values = placeValues(doc('a', { place: { name: '疏勒县', province: '新疆维吾尔自治区', code: '653122' } }));
    expect(values).toEqual([{ key: '65', label: '新疆维吾尔自治区' }, { key: '653122', label: '疏勒县' }]);
  });
  it('finds the province code from its name when the place has no code', () => {
    const values = placeValues(doc('a', { place: { name: '某镇', province: '江苏省' } }));
    expect(values[0]).toEqual({ key: '32', label: '江苏省' });
    expect(values[1]).toEqual({ key: nameKey('某镇'), label: '某镇' });
    expect(values[1].key).toMatch(/^n[0-9a-f]{8}$/);
  });
  it('files a province-level place once', () => {
    expect(placeValues(doc('a', { place: { name: '云南省', code: '53' } }))).toEqual([{ key: '53', label: '云南省' }]);
  });
  it('has no values without a place', () => {
    expect(placeValues(doc('a'))).toEqual([]);
  });
});

describe('bucketize', () => {
  const docs = [
    doc('a', { level: 'township', year: 2010 }),
    doc('b', { level: 'province', year: null }),
    doc('c', { level: 'township', year: 2024 }),
  ];
  it('counts documents per value, values in the facet order', () => {
    const levels = bucketize(docs, FACETS.level);
    expect(levels.map((b) => [b.key, b.label, b.docs.length])).toEqual([
      ['province', '省级', 1],
      ['township', '乡镇', 2],
    ]);
    expect(levels[1].docs.map((d) => d.id)).toEqual(['c', 'a']);
  });
  it('orders years newest first with unknown last', () => {
    expect(bucketize(docs, FACETS.year).map((b) => [b.key, b.label])).toEqual([
      ['2024', '2024年'],
      ['2010', '2010年'],
      ['unknown', '无确切年份'],
    ]);
  });
});
