import { describe, expect, it } from 'vitest';
import { rejoinBrokenLines, shouldJoin, wrapWidth } from '../../../../src/ingest/clean/rejoin.ts';
import { noise, seedLine } from '../../helpers/fixtures.ts';

const line = (prefix: string, n: number) => ({ n, text: seedLine(prefix, n) });

describe('rejoinBrokenLines', () => {
  it('joins a paragraph broken mid-word (seed 003 lines 14–15: 坚持邀 / 请部分乡镇人大代表参加)', () => {
    const { lines } = rejoinBrokenLines([line('003', 14), line('003', 15), line('003', 16)], { noise });
    expect(lines.map((l) => l.n)).toEqual([14, 16]);
    expect(lines[0]!.text).toContain('坚持邀请部分乡镇人大代表参加');
  });

  it('joins a numbered fragment with its continuation (seed 001 lines 94–95: 3、人民 / 群众…)', () => {
    const { lines } = rejoinBrokenLines([line('001', 94), line('001', 95)], { noise });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text.startsWith('3、人民群众民主法制意识的增强')).toBe(true);
  });

  it('joins a line whose continuation starts with punctuation (seed 004 lines 87–88)', () => {
    expect(shouldJoin(line('004', 87), line('004', 88))).toBe(true);
  });

  it('joins a short fragment whose continuation is a document number (seed 003 lines 6–7: 勒党发 / [2024] 8号)', () => {
    const { lines } = rejoinBrokenLines([line('003', 6), line('003', 7)], { noise });
    expect(lines[0]!.text).toContain('县委制定出台了勒党发[2024] 8号文件');
  });

  it('joins a line marked as broken by a page number', () => {
    const { lines } = rejoinBrokenLines(
      [
        { n: 78, text: '再如，部分群众反映集镇建设急需改善，我镇人大及时将意见送', continues: true },
        line('003', 79),
      ],
      { noise },
    );
    expect(lines[0]!.text).toContain('及时将意见送交镇党委');
  });

  it('never joins headings with their paragraphs, nor complete sentences with the next', () => {
    const cases: Array<[string, number]> = [
      ['001', 29], // unnumbered heading followed by its paragraph
      ['000', 9], // 一、 heading
      ['003', 31], // （1） heading
      ['000', 5], // salutation
      ['000', 24], // sentence ends with ！/。
    ];
    for (const [prefix, n] of cases) expect(shouldJoin(line(prefix, n), line(prefix, n + 1)), `${prefix}:${n}`).toBe(false);
  });

  it('does not join a paragraph lacking its full stop with a paragraph that opens with a year (seed 001 lines 46–47)', () => {
    expect(shouldJoin(line('001', 46), line('001', 47))).toBe(false);
  });
});

describe('rejoinBrokenLines on hard-wrapped text', () => {
  /** Seed 000 lines 56–59 (a heading and three paragraphs) wrapped at 28 characters, as PDF copies are. */
  const paragraphs = [56, 57, 58, 59].map((n) => seedLine('000', n));
  const wrapped = paragraphs.flatMap((p) => p.match(/.{1,28}/gu)!).map((text, i) => ({ n: i + 1, text }));

  it('finds the wrap width', () => {
    expect(wrapWidth(wrapped)).toBe(28);
    expect(wrapWidth([line('000', 56), line('000', 57), line('000', 58)])).toBeUndefined();
  });

  it('joins wrapped lines back into the source paragraphs', () => {
    const { lines } = rejoinBrokenLines(wrapped, { noise });
    expect(lines.map((l) => l.text)).toEqual(paragraphs);
  });
});

describe('rejoinBrokenLines on hard-wrapped, indented text', () => {
  it('starts a new paragraph at an indented line even when the line before reaches the wrap width', () => {
    // Two indented paragraphs without punctuation whose last lines fill the width: only the
    // indentation tells where the second one starts.
    const body = seedLine('000', 58).replace(/[\p{P}]/gu, '');
    const first = `\u3000\u3000${body.slice(0, 148)}`;
    const second = `\u3000\u3000${body.slice(148, 236)}`;
    const wrapped = [first, second].flatMap((p) => p.match(/.{30}/gu)!).map((text, i) => ({ n: i + 1, text }));
    expect(wrapped).toHaveLength(8);
    const { lines } = rejoinBrokenLines(wrapped, { noise });
    expect(lines.map((l) => l.text.trim())).toEqual([first.trim(), second.trim()]);
  });
});
