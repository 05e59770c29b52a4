import { describe, expect, it } from 'vitest';
import { removeGluedPageNumbers } from '../../../../src/ingest/clean/page-numbers.ts';
import { noise, seedLine } from '../../helpers/fixtures.ts';

describe('removeGluedPageNumbers', () => {
  it('removes a page number glued to the start of a numbered heading (seed 000 line 11)', () => {
    const { lines, removed } = removeGluedPageNumbers([{ n: 11, text: seedLine('000', 11) }], { noise });
    expect(lines[0]!.text.startsWith('（一）做好新时期的乡镇人大工作')).toBe(true);
    expect(removed).toEqual([{ kind: 'page-number', line: 11, text: '1' }]);
  });

  it('removes page numbers at the end of lines broken by a page break (seed 003 lines 26 and 78)', () => {
    const { lines, removed } = removeGluedPageNumbers(
      [
        { n: 26, text: seedLine('003', 26) },
        { n: 78, text: seedLine('003', 78) },
      ],
      { noise },
    );
    expect(lines.map((l) => [l.text.slice(-6), l.continues])).toEqual([
      ['事业创新发展的重要', true],
      ['人大及时将意见送', true],
    ].map(([t, c]) => [String(t).slice(-6), c]));
    expect(removed.map((r) => r.text)).toEqual(['-1-', ' 1']);
  });

  it('removes a page number flattened into the middle of a sentence (seed 004 line 53)', () => {
    const { lines, removed } = removeGluedPageNumbers([{ n: 53, text: seedLine('004', 53) }], { noise });
    expect(lines[0]!.text).toContain('建立健全人大工作公开制度');
    expect(removed).toEqual([{ kind: 'page-number', line: 53, text: ' 2 ' }]);
  });

  it('keeps numbers written between spaces as quantities', () => {
    const texts = ['全县 15 个乡镇', '共审议议题 70项', '第 3 次会议', '增长 5 个百分点'];
    expect(removeGluedPageNumbers(texts.map((text, i) => ({ n: i + 1, text })), { noise }).removed).toEqual([]);
  });

  it('leaves numbered headings, years and quantities alone', () => {
    const texts = ['1、坚持分工负责。', '（2）制定政策、优化环境', '2024年以来，陆良县的人大宣传工作', '全县共有代表 15', '一、强化组织领导'];
    const { lines, removed } = removeGluedPageNumbers(
      texts.map((text, i) => ({ n: i + 1, text })),
      { noise },
    );
    // Only the quantity after a space at the end of a line is taken for a page number; a sentence end protects it.
    expect(removed.map((r) => r.line)).toEqual([4]);
    expect(lines.slice(0, 3).map((l) => l.text)).toEqual(texts.slice(0, 3));
  });
});
