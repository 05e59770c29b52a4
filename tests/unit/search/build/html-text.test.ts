import { describe, expect, it } from 'vitest';
import { extractPageText, extractSearchRecord } from '../../../../src/search/build/html-text.ts';

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
