import { describe, expect, it } from 'vitest';
import { prefixEnd, removeDuplicateTitles } from '../../../../src/ingest/clean/duplicate-title.ts';
import { splitArticles } from '../../../../src/ingest/split.ts';
import { noise, seed } from '../../helpers/fixtures.ts';

/** Article `ordinal` of a seed, with invisible characters left in. */
const article = (prefix: string, ordinal: number) => splitArticles(seed(prefix))[ordinal - 1]!;

describe('removeDuplicateTitles', () => {
  it('removes the marker title repeated on the next line (seed 000 article 2)', () => {
    const a = article('000', 2);
    const { lines, removed } = removeDuplicateTitles(a.lines, { noise, markerTitle: a.markerTitle! });
    expect(removed).toEqual([{ kind: 'duplicate-title', line: 27, text: '在乡镇人大闭幕会上的讲话' }]);
    expect(lines[0]!.text).toBe('各位代表、同志们：');
  });

  it('matches across punctuation width, preferring the text’s copy (seed 003 article 2), and junk suffixes (seed 004 article 4)', () => {
    const a = article('003', 2);
    const result = removeDuplicateTitles(a.lines, { noise, markerTitle: a.markerTitle!, markerLine: 21 });
    expect(result.removed).toEqual([{ kind: 'duplicate-title', line: 21, text: '努力履行职责,充分发挥工商联作用' }]);
    expect(result.markerTitle).toBe('努力履行职责，充分发挥工商联作用');
    expect(result.lines[0]!.n).toBe(23);
    const b = article('004', 4);
    expect(removeDuplicateTitles(b.lines, { noise, markerTitle: b.markerTitle! }).removed.map((r) => r.text)).toEqual([
      '2024全市人大宣传工作会议材料',
    ]);
  });

  it('removes the tail of the marker title repeated as the title line (seed 001 article 3)', () => {
    const a = article('001', 3);
    expect(removeDuplicateTitles(a.lines, { noise, markerTitle: a.markerTitle! }).removed).toEqual([
      { kind: 'duplicate-title', line: 44, text: '在市委人大工作会议上的讲话' },
    ]);
  });

  it('removes a title run together with the first paragraph and the title repeated at the end (seed 004 article 5)', () => {
    const a = article('004', 5);
    // As earlier transforms leave it: private-use separators gone, the generator line (105) removed.
    const lines = a.lines
      .filter((l) => l.n !== 105)
      .map((l) => ({ ...l, text: l.text.replace(/\ue003/g, ' ').replace(/[\ue000-\uf8ff]/g, '') }));
    const result = removeDuplicateTitles(lines, { noise, markerTitle: a.markerTitle! });
    expect(result.removed).toEqual([
      { kind: 'duplicate-title', line: 62, text: '以“三个代表”重要思想为指导努力开创全市人大工作新局面' },
      { kind: 'duplicate-title', line: 104, text: '全市人大工作会议上的讲话' },
    ]);
    expect(result.lines.find((l) => l.n === 62)!.text.startsWith('这次会议的主要任务是')).toBe(true);
  });

  it('keeps a fuller title line that starts with the marker title (seed 003 article 3)', () => {
    const a = article('003', 3);
    expect(removeDuplicateTitles(a.lines, { noise, markerTitle: a.markerTitle! }).removed).toEqual([]);
  });

  it('compares ignoring whitespace and character width', () => {
    expect(prefixEnd('努力履行职责， 充分发挥作用。正文', '努力履行职责,充分发挥作用')).toBe(14);
    expect(prefixEnd('其他文字', '努力')).toBe(-1);
  });
});
