import { describe, expect, it } from 'vitest';
import { rankTopics, scoreTopics, topicMatchers } from '../../../../src/ingest/classify/topics.ts';
import { loadTopics } from '../../../../src/collections/taxonomy.ts';
import { articleText } from '../../../../src/ingest/classify/article-text.ts';
import { seedArticle } from '../../helpers/seed-articles.ts';

const taxonomy = loadTopics(new URL('../../../../content/topics.yaml', import.meta.url));
const topics = topicMatchers(taxonomy);

describe('the taxonomy', () => {
  it('covers the topics the issue requires', () => {
    const names = taxonomy.map((t) => t.name);
    for (const name of ['乡镇人大工作', '代表工作', '监督工作', '人大宣传', '党的领导', '自身建设', '人事任免', '重大事项决定', '选举换届', '立法工作', '信访工作']) {
      expect(names).toContain(name);
    }
  });
});

describe('rankTopics', () => {
  it('weighs a title match above scattered body matches', () => {
    const body = '加强代表工作。'.repeat(3) + '其他内容'.repeat(300);
    const ranked = rankTopics({ head: '人大宣传工作会议讲话', headings: '', body }, topics).map((t) => t.slug);
    expect(ranked[0]).toBe('publicity');
  });

  it('counts a keyword in a heading more than the same keyword in running text', () => {
    const body = '加强代表工作，发挥代表作用。\n' + '其他内容'.repeat(250);
    const plain = scoreTopics({ head: '', headings: '', body }, topics).find((s) => s.slug === 'self-building')!;
    const headed = scoreTopics({ head: '', headings: '四、加强自身建设', body: `${body}\n四、加强自身建设` }, topics);
    expect(headed.find((s) => s.slug === 'self-building')!.score).toBeGreaterThan(plain.score + 1);
  });

  it('normalizes body frequency by length: the same share of keywords scores the same', () => {
    const short = scoreTopics({ head: '', headings: '', body: '执法检查'.repeat(2) + '文'.repeat(1000) }, topics).find((s) => s.slug === 'oversight')!;
    const long = scoreTopics({ head: '', headings: '', body: '执法检查'.repeat(4) + '文'.repeat(2000) }, topics).find((s) => s.slug === 'oversight')!;
    expect(long.score).toBeCloseTo(short.score, 1);
  });

  it('returns 1–5 slugs, most central first, on seed articles', () => {
    const rank = (prefix: string, ordinal: number, header?: Parameters<typeof seedArticle>[2]) => {
      return rankTopics(articleText(seedArticle(prefix, ordinal, header)), topics).map((t) => t.slug);
    };
    expect(rank('004', 2)[0]).toBe('publicity');
    expect(rank('001', 1)[0]).toBe('party-leadership');
    expect(rank('003', 5)).toContain('deputies');
    for (const [p, o] of [['000', 2], ['001', 5], ['004', 5]] as const) {
      const r = rank(p, o);
      expect(r.length).toBeGreaterThanOrEqual(1);
      expect(r.length).toBeLessThanOrEqual(5);
    }
  });

  it('still returns one topic for text without any keyword', () => {
    expect(rankTopics({ head: '文章', headings: '', body: '没有任何关键词的文字。' }, topics)).toEqual([{ slug: 'township', score: 0 }]);
  });
});
