import { describe, expect, it } from 'vitest';
import { docTime } from '../../../src/lib/doc-time.ts';
import { FACETS, sortDocs } from '../../../src/lib/facets.ts';
import { citation, metaLine } from '../../../src/lib/meta.ts';
import { periodOf, periodsOf } from '../../../src/lib/periods.ts';
import { doc } from '../helpers/doc-fixture.ts';

const era = (from: number | null, to: number | null) => ({ from, to, basis: ['线索'] });
const conflict = '落款为2024年，但正文提及“十一五”，应为2006–2010年间';

describe('docTime: the best-supported time', () => {
  it('keeps a stated year nothing contradicts, with its dateline', () => {
    expect(docTime(doc('a', { year: 2010, date: '2010-11-08' }).data)).toMatchObject({ kind: 'year', year: 2010, label: '2010年11月8日', doubtful: false });
    expect(docTime(doc('a', { year: 2010, era: era(2008, 2012) }).data)).toMatchObject({ kind: 'year', label: '2010年' });
  });

  it('files a contradicted year under the inferred era, marked doubtful', () => {
    const time = docTime(doc('a', { year: 2024, date: '2024-09-08', era: era(2006, 2010), yearConflict: conflict }).data);
    expect(time).toMatchObject({ kind: 'era', year: null, from: 2006, to: 2010, label: '约2006–2010年', doubtful: true, sortKey: 2008 });
  });

  it('dates a document without a year by its era, open or closed', () => {
    expect(docTime(doc('a', { year: null, era: era(2008, 2010) }).data).label).toBe('约2008–2010年');
    expect(docTime(doc('a', { year: null, era: era(2017, null) }).data)).toMatchObject({ label: '约2017年以后', sortKey: 2017 });
    expect(docTime(doc('a', { year: null, era: era(null, 2012) }).data).label).toBe('约2012年以前');
  });

  it('marks a year in its era doubtful when the text states another one', () => {
    const time = docTime(doc('a', { year: 2022, era: era(2022, 2022), yearConflict: '正文写有“2024年”，但……应为2022年' }).data);
    expect(time).toMatchObject({ kind: 'year', label: '2022年', doubtful: true });
  });

  it('sorts and labels lists by it, never with a contradicted year', () => {
    const docs = [
      doc('stated', { year: 2024, era: era(2006, 2010), yearConflict: conflict, title: '甲' }),
      doc('year', { year: 2012, title: '乙' }),
      doc('none', { year: null, title: '丙' }),
      doc('open', { year: null, era: era(2017, null), title: '丁' }),
    ];
    expect(sortDocs(docs).map((d) => d.id)).toEqual(['open', 'year', 'stated', 'none']);
    expect(metaLine(docs[0].data)).toBe('县级 · 约2006–2010年（年份存疑） · 讲话');
    expect(FACETS.year.values(docs[0])).toEqual([{ key: 'unknown', label: '无确切年份' }]);
    expect(citation(docs[0].data, '/docs/stated/')).toContain('《甲》，约2006–2010年。');
  });

  it('never puts 年份不详 into a sentence: undated documents cite no date', () => {
    expect(citation(doc('a', { year: null }).data, '/x/')).toBe('《标题a》。人大工作实务知识库，/x/');
  });
});

describe('periods', () => {
  it('names the five-year plans', () => {
    expect(periodOf(2006)).toMatchObject({ key: '2006-2010', label: '“十一五”时期（2006–2010年）' });
    expect(periodOf(2005).label).toBe('“十五”时期（2001–2005年）');
    expect(periodOf(2021).label).toBe('“十四五”时期（2021–2025年）');
    expect(periodOf(1998).label).toBe('“九五”时期（1996–2000年）');
    expect(periodOf(1966).label).toBe('“三五”时期（1966–1970年）');
  });

  it('files a document under every period its year or closed era overlaps, and an open era under none', () => {
    expect(periodsOf(doc('a', { year: 2010 }).data).map((p) => p.key)).toEqual(['2006-2010']);
    expect(periodsOf(doc('a', { year: null, era: era(2002, 2012) }).data).map((p) => p.key)).toEqual(['2001-2005', '2006-2010', '2011-2015']);
    expect(periodsOf(doc('a', { year: null, era: era(2017, null) }).data)).toEqual([]);
    expect(FACETS.period.values(doc('a', { year: null }))).toEqual([{ key: 'unknown', label: '时期不确定' }]);
  });
});
