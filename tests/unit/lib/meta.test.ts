import { describe, expect, it } from 'vitest';
import { citation, formatDate, metaLine } from '../../../src/lib/meta.ts';
import { doc } from '../helpers/doc-fixture.ts';

describe('formatDate', () => {
  it('writes partial dates in Chinese', () => {
    expect(formatDate('2024')).toBe('2024年');
    expect(formatDate('2024-04')).toBe('2024年4月');
    expect(formatDate('2010-09-08')).toBe('2010年9月8日');
  });
});

describe('metaLine', () => {
  it('reads level · place · date · kind', () => {
    const { data } = doc('a', { level: 'county', place: { name: '疏勒县' }, year: 2010, kind: 'experience' });
    expect(metaLine(data)).toBe('县级 · 疏勒县 · 2010年 · 经验交流');
  });
  it('says when the year is unknown and leaves out an unknown level', () => {
    expect(metaLine(doc('a', { level: 'unknown', year: null, kind: 'report' }).data)).toBe('年份不详 · 汇报·总结');
  });
  it('prefers the dateline to the year', () => {
    expect(metaLine(doc('a', { year: 2024, date: '2024-04' }).data)).toBe('县级 · 2024年4月 · 讲话');
  });
});

describe('citation', () => {
  it('names the author, title, subtitle, date, site and URL', () => {
    const { data } = doc('a', { organ: '陆良县人大常委会', title: '夯实基础建机制', subtitle: '经验材料', year: 2024, date: '2024-04' });
    expect(citation(data, 'http://x/docs/a/')).toBe('陆良县人大常委会：《夯实基础建机制——经验材料》，2024年4月。人大工作实务知识库，http://x/docs/a/');
  });
  it('leaves out what is unknown', () => {
    expect(citation(doc('a', { title: '讲话', year: null }).data, 'http://x/')).toBe('《讲话》。人大工作实务知识库，http://x/');
  });
});
