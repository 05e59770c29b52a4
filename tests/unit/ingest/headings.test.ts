import { describe, expect, it } from 'vitest';
import { headingKind, parseMarker } from '../../../src/ingest/headings.ts';
import { seedLine } from '../helpers/fixtures.ts';

describe('parseMarker', () => {
  it.each([
    ['一、深刻认识', 'cn', '一、'],
    ['十二．加强学习', 'cn', '十二．'],
    ['（三）围绕中心', 'cn-paren', '（三）'],
    ['(三)围绕中心', 'cn-paren', '(三)'],
    ['1、坚持分工负责', 'arabic', '1、'],
    ['2．要建立健全', 'arabic', '2．'],
    ['3. 开展评选', 'arabic', '3. '],
    ['（4）全力打造', 'arabic-paren', '（4）'],
    ['②完善制度', 'arabic-paren', '②'],
    ['一是高举旗帜', 'ordinal', '一是'],
    ['第三，要积极探索', 'ordinal', '第三，'],
    ['二要增强大局观念', 'ordinal', '二要'],
  ])('%s → %s', (text, kind, marker) => {
    expect(parseMarker(text)).toMatchObject({ kind, marker });
  });

  it.each(['2024年以来', '1.5倍', '一要求', '第一篇文章', '一方面'])('%s has no marker', (text) => {
    expect(parseMarker(text)).toBeUndefined();
  });
});

describe('headingKind', () => {
  it('reads short numbered lines as headings and numbered paragraphs as paragraphs', () => {
    expect(headingKind(seedLine('000', 9))).toBe('cn');
    expect(headingKind(seedLine('003', 25))).toBe('cn'); // one sentence with a full stop
    expect(headingKind(seedLine('001', 51))).toBeUndefined(); // 1、… several sentences
    expect(headingKind('3、人民')).toBeUndefined(); // too short: a fragment
  });

  it('reads standalone 一是… lines as headings, long ones as paragraphs', () => {
    expect(headingKind(seedLine('000', 33))).toBe('ordinal');
    expect(headingKind(seedLine('000', 47))).toBeUndefined();
  });

  it('reads short unnumbered phrases without punctuation as possible headings', () => {
    expect(headingKind(seedLine('001', 31))).toBe('plain');
    expect(headingKind(seedLine('000', 8))).toBeUndefined(); // ends with ：
    expect(headingKind('同志们：')).toBeUndefined();
    expect(headingKind('再如部分群众反映集镇建设急需改善')).toBeUndefined(); // starts with a connector
    expect(headingKind('如何做好新时期乡镇人大工作')).toBe('plain');
  });
});
