import { describe, expect, it } from 'vitest';
import { CLEAN_TRANSFORMS, cleanArticle } from '../../../../src/ingest/clean/index.ts';
import { splitArticles } from '../../../../src/ingest/split.ts';
import { noise, seed } from '../../helpers/fixtures.ts';

describe('cleanArticle', () => {
  it('runs the transforms in order: invisible characters go before titles are compared, headings are unglued before outlines are matched', () => {
    expect(CLEAN_TRANSFORMS.map(([name]) => name)).toEqual([
      'invisible',
      'pinyin',
      'page-chrome',
      'noise-lines',
      'page-title',
      'noise-inline',
      'toc',
      'page-numbers',
      'duplicate-title',
      'glued-headings',
      'outline',
      'rejoin',
    ]);
  });

  it('cleans seed 004 article 5 end to end', () => {
    const article = splitArticles(seed('004'))[4]!;
    const cleaned = cleanArticle(article, noise);
    const texts = cleaned.lines.map((l) => l.text);
    expect(texts.slice(0, 3)).toEqual([
      '以“三个代表”重要思想为指导 努力开创全市人大工作新局面',
      '——xxx同志在全市人大工作会议上的讲话',
      expect.stringMatching(/^这次会议的主要任务是.*努力开创全市人大工作新局面。$/),
    ]);
    expect(texts.some((t) => /[\ue000-\uf8ff]/u.test(t))).toBe(false);
    expect(texts.at(-1)).toMatch(/^第三，各级政府和法院/);
    expect(cleaned.removed.filter((r) => r.kind === 'watermark').map((r) => r.line)).toEqual([105]);
    // Lines keep their source numbers; joined lines keep the first.
    expect(cleaned.lines.map((l) => l.n).slice(0, 4)).toEqual([60, 61, 62, 65]);
  });

  it('cleans the marker title too: pinyin, invisible characters, inline watermarks', () => {
    const [article] = splitArticles('第一篇：\ue004在全镇(zhèn)人大工作会议上的讲话此文来源于feisuxs\n同志们：\n正文。');
    const cleaned = cleanArticle(article!, noise);
    expect(cleaned.markerTitle).toBe('在全镇人大工作会议上的讲话');
    expect(cleaned.removed.map((r) => [r.kind, r.line])).toEqual([
      ['marker', 1],
      ['invisible', 1],
      ['pinyin', 1],
      ['watermark', 1],
    ]);
  });

  it('keeps the marker and split bookkeeping it received', () => {
    const article = splitArticles(seed('000'))[0]!;
    expect(cleanArticle(article, noise).removed.slice(0, 2).map((r) => r.kind)).toEqual(['teaser', 'marker']);
  });
});
