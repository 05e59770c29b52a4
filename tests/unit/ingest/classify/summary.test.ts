import { describe, expect, it } from 'vitest';
import { extractSummary, SUMMARY_MAX } from '../../../../src/ingest/classify/summary.ts';
import { articleText } from '../../../../src/ingest/classify/article-text.ts';
import { article, seedCorpus } from '../../helpers/seed-articles.ts';

const summary = (paragraphs: string[], title = '标题') => extractSummary(articleText(article(title, paragraphs)), title);

describe('extractSummary', () => {
  it('takes the first sentence of the text, skipping a salutation line', () => {
    expect(summary(['同志们：', '乡镇人民代表大会是我国最基层的地方国家权力机关，是社会主义民主制度的重要组成部分。后文。'])).toBe(
      '乡镇人民代表大会是我国最基层的地方国家权力机关，是社会主义民主制度的重要组成部分。',
    );
  });

  it('drops a vocative that opens a sentence, and formulaic announcements and thanks', () => {
    expect(summary(['各位代表、同志们，凡是过往，皆为序章。下面，我讲三点意见。'])).toBe('凡是过往，皆为序章。');
    expect(summary(['刚才，**主任通报了先进集体名单。在此，我代表党组表示祝贺！', '今年是党的二十大召开之年，做好今年人大工作，责任重大。'])).toBe(
      '今年是党的二十大召开之年，做好今年人大工作，责任重大。',
    );
  });

  it('skips headings and datelines, and keeps sentences whole', () => {
    const s = summary(['二〇一〇年十一月八日', '一、强化组织领导', '近年来，我局围绕中心工作，认真办理提案，取得明显成效。']);
    expect(s).toBe('近年来，我局围绕中心工作，认真办理提案，取得明显成效。');
  });

  it('adds the next sentence when the first is short', () => {
    expect(summary(['前段时间，我们召开机关工作会议。从目前的情况来看，成效比较明显。'])).toBe(
      '前段时间，我们召开机关工作会议。从目前的情况来看，成效比较明显。',
    );
  });

  it('never exceeds the limit; an over-long opening is cut at a clause and marked', () => {
    const long = `${'坚持和完善人民代表大会制度，'.repeat(12)}是根本要求。`;
    const s = summary([long]);
    expect(s.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(s.endsWith('……')).toBe(true);
    expect(long.startsWith(s.slice(0, -2))).toBe(true);
  });

  it('is a piece of each seed article, ending at sentence punctuation', () => {
    for (const [id, a] of seedCorpus()) {
      const t = articleText(a);
      const s = extractSummary(t, a.title);
      expect(s.length, id).toBeLessThanOrEqual(SUMMARY_MAX);
      expect(s, id).toMatch(/[。！？”]$|……$/u);
      expect(t.body.replace(/\s/gu, ''), id).toContain(s.replace(/……$/u, '').replace(/\s/gu, ''));
    }
  });
});
