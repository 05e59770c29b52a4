import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithMap } from '../../../../src/search/shared/normalize.ts';
import { MAX_TERM_LENGTH, MAX_TERMS, parseQuery } from '../../../../src/search/client/query.ts';
import { capQuery } from '../../../../src/search/client/url-state.ts';
import { mayBeTraditional, toSimplified } from '../../../../src/search/client/traditional.ts';

describe('normalize', () => {
  it('folds full-width forms, case and whitespace', () => {
    expect(normalize('２０１２年 ＧＤＰ　增长')).toBe('2012年gdp增长');
    expect(normalize('代表\u200b工作\n')).toBe('代表工作');
  });
  it('drops the direction marks and bidi controls pasted from Word', () => {
    for (const mark of ['\u200e', '\u200f', '\u061c', '\u202a', '\u202e', '\u2066', '\u2069']) {
      expect(normalize(`代${mark}表`)).toBe('代表');
    }
  });
  it('maps every normalized character back to its source offset', () => {
    const { text, map } = normalizeWithMap('Ａ b');
    expect(text).toBe('ab');
    expect(map).toEqual([0, 2, 3]);
  });
});

describe('parseQuery', () => {
  it('keeps a query typed without spaces as one term', () => {
    expect(parseQuery('加强和改进党对人大工作的领导')).toEqual(['加强和改进党对人大工作的领导']);
  });
  it('splits on half- and full-width spaces into terms that must all occur', () => {
    expect(parseQuery(' 代表工作　监督  ')).toEqual(['代表工作', '监督']);
  });
  it('treats a quoted phrase as one term, spaces inside ignored', () => {
    expect(parseQuery('"全过程 人民民主" 基层')).toEqual(['全过程人民民主', '基层']);
    expect(parseQuery('“人事 任免”')).toEqual(['人事任免']);
    expect(parseQuery('「代表之家」')).toEqual(['代表之家']);
    expect(parseQuery('＂人大＂')).toEqual(['人大']);
  });
  it('tolerates an unclosed quote', () => {
    expect(parseQuery('"人大 代表')).toEqual(['人大代表']);
  });
  it('normalizes terms and drops repeats and empty input', () => {
    expect(parseQuery('ＧＤＰ gdp')).toEqual(['gdp']);
    expect(parseQuery('   ')).toEqual([]);
    expect(parseQuery('""')).toEqual([]);
  });
  it('keeps single characters', () => {
    expect(parseQuery('法')).toEqual(['法']);
  });
  it('drops white space inside quotes, so terms joined with spaces parse back to the same terms', () => {
    const terms = parseQuery('"人大 代表" 监督');
    expect(terms).toEqual(['人大代表', '监督']);
    expect(parseQuery(terms.join(' '))).toEqual(terms);
  });
});

describe('capQuery', () => {
  it('keeps a query as typed when it is within what is searched', () => {
    expect(capQuery('代表工作 “人事 任免”')).toBe('代表工作 "人事 任免"');
    expect(parseQuery(capQuery('ＧＤＰ 代表'))).toEqual(parseQuery('ＧＤＰ 代表'));
  });
  it('cuts a huge paste to the terms and length that are searched', () => {
    const paste = Array.from({ length: 2000 }, (_, i) => `词语${i}${'长'.repeat(100)}`).join(' ');
    const capped = capQuery(paste);
    expect(capped.length).toBeLessThan(MAX_TERMS * (MAX_TERM_LENGTH + 1));
    expect(parseQuery(capped)).toEqual(parseQuery(paste));
  });
});

describe('toSimplified', () => {
  it('converts a Traditional query to the Simplified one the documents use', async () => {
    expect(await toSimplified('人大監督')).toBe('人大监督');
    expect(await toSimplified('選舉 執法檢查')).toBe('选举 执法检查');
  });
  it('does not touch Simplified text, nor load the converter for it', () => {
    expect(mayBeTraditional('乡镇人大主席团的职责')).toBe(false);
    expect(mayBeTraditional('代表 gdp 2012')).toBe(false);
    expect(mayBeTraditional('監督')).toBe(true);
  });
});
