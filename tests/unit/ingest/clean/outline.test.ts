import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/ingest/clean/index.ts';
import { removeOutline } from '../../../../src/ingest/clean/outline.ts';
import { splitArticles } from '../../../../src/ingest/split.ts';
import { noise, seed } from '../../helpers/fixtures.ts';

describe('removeOutline', () => {
  it('removes the 提纲 block of seed 000 article 5 up to and including 正文：', () => {
    const a = splitArticles(seed('000'))[4]!;
    const { lines, removed } = removeOutline(a.lines, { noise });
    expect(removed.map((r) => r.line)).toEqual(Array.from({ length: 25 }, (_, i) => 68 + i));
    expect(removed.every((r) => r.kind === 'outline')).toBe(true);
    expect(lines.map((l) => l.n).slice(0, 3)).toEqual([67, 93, 94]);
    // The headings themselves stay in the body.
    expect(lines.some((l) => l.text === '二、明确工作努力方向')).toBe(true);
  });

  it('removes an outline whose headings reappear glued to their paragraphs (cleanArticle order)', () => {
    const text = ['第一篇：讲话', '提纲', '一、提高认识', '二、强化保障', '正文：', '一、提高认识 代表工作是人大工作的基础。', '二、强化保障 要为代表依法履职提供服务。'];
    const [article] = splitArticles(text.join('\n'));
    const cleaned = cleanArticle(article!, noise);
    expect(cleaned.removed.filter((r) => r.kind === 'outline').map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(cleaned.lines.map((l) => l.text)).toEqual(['一、提高认识', '代表工作是人大工作的基础。', '二、强化保障', '要为代表依法履职提供服务。']);
  });

  it('keeps a 提纲 block whose entries do not reappear (it is the content)', () => {
    const text = ['提纲', '一、会议的主要任务', '二、下一步工作安排', '以上是本次会议的提纲。'];
    const { removed } = removeOutline(
      text.map((t, i) => ({ n: i + 1, text: t })),
      { noise },
    );
    expect(removed).toEqual([]);
  });
});
