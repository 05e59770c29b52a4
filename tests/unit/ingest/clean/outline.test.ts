import { describe, expect, it } from 'vitest';
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

  it('keeps a 提纲 block whose entries do not reappear (it is the content)', () => {
    const text = ['提纲', '一、会议的主要任务', '二、下一步工作安排', '以上是本次会议的提纲。'];
    const { removed } = removeOutline(
      text.map((t, i) => ({ n: i + 1, text: t })),
      { noise },
    );
    expect(removed).toEqual([]);
  });
});
