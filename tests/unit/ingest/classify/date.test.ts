import { describe, expect, it } from 'vitest';
import { isDateBlock, parseDateline, readSmallNumber } from '../../../../src/ingest/classify/date.ts';

describe('parseDateline', () => {
  it('reads the Chinese-numeral dateline of seed 004 article 3', () => {
    expect(parseDateline('二Ｏ一Ｏ年十一月八日')).toMatchObject({ year: 2010, date: '2010-11-08' });
  });

  it('reads other zero look-alikes and two-digit days', () => {
    expect(parseDateline('二〇二三年三月二十八日')?.date).toBe('2023-03-28');
    expect(parseDateline('二○○六年十月')?.date).toBe('2006-10');
    expect(parseDateline('二零一二年')?.date).toBe('2012');
  });

  it('reads Arabic, full-width and dotted dates at any precision', () => {
    expect(parseDateline('2024年9月8日')).toMatchObject({ year: 2024, date: '2024-09-08' });
    expect(parseDateline('陆良县人大常委会 2024年4月')?.date).toBe('2024-04');
    expect(parseDateline('２００８年１２月')?.date).toBe('2008-12');
    expect(parseDateline('2010.11.8')?.date).toBe('2010-11-08');
  });

  it('rejects what is not a plausible date', () => {
    expect(parseDateline('疏勒县人大常委会')).toBeUndefined();
    expect(parseDateline('2024年13月')).toBeUndefined();
    expect(parseDateline('1800年')).toBeUndefined();
  });
});

describe('readSmallNumber', () => {
  it('reads Chinese numbers up to 31', () => {
    expect(['八', '十', '十一', '二十', '二十八', '三十一', '08'].map(readSmallNumber)).toEqual([8, 10, 11, 20, 28, 31, 8]);
  });
});

describe('isDateBlock', () => {
  it('accepts a block that is only a date, optionally after an organ', () => {
    expect(isDateBlock('二Ｏ一Ｏ年十一月八日')).toBe(true);
    expect(isDateBlock('陆良县人大常委会 2024年4月')).toBe(true);
  });

  it('refuses running text that merely starts or ends with a year', () => {
    expect(isDateBlock('2024年以来，陆良县的人大宣传工作在陆良县委的领导下取得成绩')).toBe(false);
    expect(isDateBlock('2024年是“十一五”规划的开局之年')).toBe(false);
    expect(isDateBlock('今年是2024年')).toBe(false);
  });
});
