import { describe, expect, it } from 'vitest';
import { extractPageText, extractSearchRecord } from '../../../src/search/build/html-text.ts';
import { excerpt, findMatches } from '../../../src/search/client/excerpt.ts';
import { readState, writeState } from '../../../src/search/client/url-state.ts';
import { groundTruth, percentile, scoreQuery } from '../../../src/tools/bench/search-metrics.ts';
import { generateQueries, PER_CATEGORY } from '../../../src/tools/bench/search-queries.ts';

describe('extractPageText', () => {
  const html = `<html><body><nav>导航</nav><article data-pagefind-body>
    <h1>在会议上的<em>讲话</em></h1><div hidden data-pagefind-ignore><span>隐藏</span><script type="application/json" data-search-record>{"title":"t"}</script></div>
    <p>第一段 &lt;img src=x&gt; &amp; 文字</p><h2 id="part-1">一、代表工作</h2><p>第二段<br>换行</p><script>var x = "<p>不要</p>";</script>
  </article><footer>页脚</footer></body></html>`;

  it('reads only the indexed element, split into blocks, decoding entities', () => {
    const text = extractPageText(html)!;
    expect(text.blocks.map((b) => b.text)).toEqual(['在会议上的讲话', '第一段 <img src=x> & 文字', '一、代表工作', '第二段', '换行']);
    expect(text.blocks[0].heading).toBe(1);
  });
  it('assigns blocks to their section heading', () => {
    const text = extractPageText(html)!;
    expect(text.anchors).toEqual([['part-1', '一、代表工作']]);
    expect(text.blocks.map((b) => b.anchor)).toEqual([-1, -1, 0, 0, 0]);
  });
  it('returns null for pages without indexed content, and reads the search record', () => {
    expect(extractPageText('<html><body><p>x</p></body></html>')).toBeNull();
    expect(extractSearchRecord(html)).toEqual({ title: 't' });
  });
});

describe('findMatches / excerpt', () => {
  it('finds matches across spaces and width differences, in source offsets', () => {
    expect(findMatches('加强 代表工作，ＧＤＰ', ['代表工作', 'gdp'])).toEqual([[3, 7], [8, 11]]);
    expect(findMatches('代 表', ['代表'])).toEqual([[0, 3]]);
  });
  it('cuts around the first match and marks every match', () => {
    const text = `${'前'.repeat(50)}代表工作${'后'.repeat(200)}`;
    const segments = excerpt(text, ['代表工作']);
    expect(segments[0]).toEqual({ text: '…', mark: false });
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['代表工作']);
    expect(segments[segments.length - 1]).toEqual({ text: '…', mark: false });
  });
});

describe('url state', () => {
  it('round-trips query, filters and sort, keeping unrelated parameters', () => {
    const params = writeState({ q: ' 代表 工作 ', filters: { topic: 'deputies', year: '2012' }, sort: 'year' }, new URLSearchParams('embed=1&q=old'));
    expect(params.toString()).toBe('embed=1&q=%E4%BB%A3%E8%A1%A8+%E5%B7%A5%E4%BD%9C&topic=deputies&year=2012&sort=year');
    expect(readState(params)).toEqual({ q: '代表 工作', filters: { topic: 'deputies', year: '2012' }, sort: 'year' });
  });
});

describe('benchmark scoring and query set', () => {
  it('takes ground truth from lines and scores ranked lists', () => {
    const docs = new Map([
      ['a/', ['代表工作会议']],
      ['b/', ['代表', '工作']],
    ]);
    expect([...groundTruth(docs, ['代表工作'])]).toEqual(['a/']);
    expect([...groundTruth(docs, ['代表', '工作'])]).toEqual(['a/', 'b/']);
    expect(scoreQuery(new Set(['a/']), ['b/', 'a/'])).toEqual({ recall: 1, rPrecision: 0, precision: 0.5 });
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
  });
  it('generates a deterministic set of at least 100 queries in every category', () => {
    const docs = [['湖南省长沙县人大常委会2012年召开代表工作会议，GDP增长8%，15个乡镇参加。'], ['全过程人民民主在基层的生动实践，代表之家建设']];
    const text = docs.flat().join('\n');
    const make = () => generateQueries(docs, 7, (q) => text.includes(q), ['湖南省', '长沙', '北京']);
    const queries = make();
    expect(queries).toEqual(make());
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const category of Object.keys(PER_CATEGORY)) expect(queries.some((q) => q.category === category)).toBe(true);
    expect(queries.filter((q) => q.category === 'no-match').every((q) => !text.includes(q.q))).toBe(true);
  });
});
