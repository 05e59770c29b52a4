import { describe, expect, it } from 'vitest';
import { isTeaser, parseArticleMarker, splitArticles } from '../../../src/ingest/split.ts';
import { seed, seedLine } from '../helpers/fixtures.ts';

/** Every non-empty source line number, and the line numbers the articles account for. */
function coverage(text: string) {
  const articles = splitArticles(text);
  const covered = articles.flatMap((a) => [...a.lines.map((l) => l.n), ...a.removed.map((r) => r.line)]).sort((x, y) => x - y);
  const expected = text
    .split('\n')
    .map((t, i) => (t.trim() ? i + 1 : 0))
    .filter((n) => n > 0);
  return { covered, expected };
}

describe('splitArticles on the seeds', () => {
  it.each([
    ['000', 5],
    ['001', 5],
    ['002', 1],
    ['003', 5],
    ['004', 5],
  ])('splits seed %s into %i articles', (prefix, count) => {
    expect(splitArticles(seed(prefix))).toHaveLength(count);
  });

  it('gives the marker titles and marker lines of seed 003', () => {
    const articles = splitArticles(seed('003'));
    expect(articles.map((a) => [a.ordinal, a.markerLine, a.markerTitle])).toEqual([
      [1, 1, '抓住机遇开拓创新依法履行职责充分发挥乡镇人大作用(精)'],
      [2, 21, '努力履行职责,充分发挥工商联作用'],
      [3, 48, '充分发挥代表作用(人大汇报材料)'],
      [4, 69, '围绕中心 依法履行 发挥乡镇人大作用'],
      [5, 107, '积极开展代表活动 充分发挥代表作用（乡镇人大总结）'],
    ]);
    expect(articles[1]!.lines[0]).toEqual({ n: 22, text: '努力履行职责，充分发挥工商联作用' });
    expect(articles[1]!.removed).toEqual([{ kind: 'marker', line: 21, text: '第二篇：' }]);
  });

  it('records the teaser line of seeds 000 and 004 and nothing else as teaser', () => {
    for (const prefix of ['000', '004']) {
      const [first] = splitArticles(seed(prefix));
      expect(first!.removed[0]).toEqual({ kind: 'teaser', line: 1, text: seedLine(prefix, 1).trim() });
      expect(first!.markerLine).toBe(2);
    }
    // Seed 001 starts with a leading-space marker line that is not a teaser.
    const [first001] = splitArticles(seed('001'));
    expect(first001!.removed.map((r) => r.kind)).toEqual(['marker']);
    expect(first001!.markerTitle).toBe('市委书记在全市人大工作会议上的讲话');
  });

  it('keeps a file without markers as one article with its own line numbers', () => {
    const [article] = splitArticles(seed('002'));
    expect(article!.markerTitle).toBeUndefined();
    expect(article!.lines[0]).toEqual({ n: 1, text: '同志们：' });
    expect(article!.lines.at(-1)!.n).toBe(19);
  });

  it.each(['000', '001', '002', '003', '004'])('accounts every non-empty line of seed %s exactly once', (prefix) => {
    const { covered, expected } = coverage(seed(prefix));
    expect(covered).toEqual(expected);
  });
});

describe('splitArticles on constructed compilations', () => {
  it('splits at arabic-numbered markers and markers out of order without losing text', () => {
    const text = ['第3篇：乙文', '乙文正文。', '第1篇 甲文', '甲文正文。', '第十二篇', '丙文标题', '丙文正文。'].join('\n');
    const articles = splitArticles(text);
    expect(articles.map((a) => [a.ordinal, a.markerTitle, a.lines.map((l) => l.text)])).toEqual([
      [1, '乙文', ['乙文正文。']],
      [2, '甲文', ['甲文正文。']],
      [3, undefined, ['丙文标题', '丙文正文。']],
    ]);
    expect(coverage(text).covered).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('does not take prose that starts with 第一篇 for a marker', () => {
    expect(parseArticleMarker('第一篇文章指出，要加强代表工作。')).toBeUndefined();
    expect(parseArticleMarker('第一篇：在全市乡镇人大经验交流会上的讲话')).toEqual({ marker: '第一篇：', title: '在全市乡镇人大经验交流会上的讲话' });
  });

  it('records a compilation title before the first marker as preamble', () => {
    const articles = splitArticles('乡镇人大工作讲话稿（5篇）\n第一篇：甲\n同志们：\n正文。');
    expect(articles).toHaveLength(1);
    expect(articles[0]!.removed[0]).toEqual({ kind: 'preamble', line: 1, text: '乡镇人大工作讲话稿（5篇）' });
  });

  it('keeps sentences before the first marker as an article of their own', () => {
    const articles = splitArticles('编者按：以下材料供参考。\n第一篇：甲\n正文。');
    expect(articles.map((a) => a.lines.map((l) => l.text))).toEqual([['编者按：以下材料供参考。'], ['正文。']]);
  });

  it('folds a table of contents (markers with no text) into the next article', () => {
    const articles = splitArticles('第一篇：甲\n第二篇：乙\n第一篇：甲\n甲的正文。\n第二篇：乙\n乙的正文。');
    expect(articles).toHaveLength(2);
    expect(articles[0]!.removed.map((r) => [r.kind, r.line])).toEqual([
      ['marker', 1],
      ['outline', 1],
      ['marker', 2],
      ['outline', 2],
      ['marker', 3],
    ]);
  });

  it('records a marker with nothing after it at the end of the file in the last article', () => {
    const articles = splitArticles('第一篇：甲\n甲的正文。\n第二篇：乙');
    expect(articles).toHaveLength(1);
    expect(articles[0]!.removed.map((r) => [r.kind, r.line, r.text])).toEqual([
      ['marker', 1, '第一篇：'],
      ['marker', 3, '第二篇：'],
      ['outline', 3, '乙'],
    ]);
  });

  it('recognizes a teaser only when it repeats the text that follows', () => {
    const following = [{ n: 2, text: '第一篇：标题' }, { n: 3, text: '同志们：今天我们召开会议。' }];
    expect(isTeaser({ n: 1, text: ' 第一篇：标题同志们：今天我们...' }, following)).toBe(true);
    expect(isTeaser({ n: 1, text: ' 另一段完全不同的文字内容...' }, following)).toBe(false);
    expect(isTeaser({ n: 1, text: '第一篇：标题同志们：今天我们…' }, following)).toBe(true);
    expect(isTeaser({ n: 1, text: ' 第一篇：标题同志们：今天我们' }, following)).toBe(false); // no ellipsis
  });
});
