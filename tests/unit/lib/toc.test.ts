import { describe, expect, it } from 'vitest';
import { buildToc, withRunIns } from '../../../src/lib/toc.ts';

describe('buildToc', () => {
  it('nests h3 under h2 and h4 under h3, ignoring h1 and h5', () => {
    const toc = buildToc([
      { depth: 1, slug: 't', text: '标题' },
      { depth: 2, slug: 'h-1', text: '一、总体要求' },
      { depth: 3, slug: 'h-1-1', text: '（一）提高认识' },
      { depth: 4, slug: 'h-1-1-1', text: '1．学习' },
      { depth: 5, slug: 'h-1-1-1-1', text: '（1）细目' },
      { depth: 2, slug: 'h-2', text: '二、主要措施 ' },
    ]);
    expect(toc.map((i) => i.slug)).toEqual(['h-1', 'h-2']);
    expect(toc[0].children[0].children.map((i) => i.slug)).toEqual(['h-1-1-1']);
    expect(toc[0].children[0].children[0].children).toEqual([]);
    expect(toc[1].text).toBe('二、主要措施');
  });
  it('hangs a heading that skips a level under the nearest shallower one', () => {
    const toc = buildToc([
      { depth: 3, slug: 'h-0-1', text: '（一）' },
      { depth: 2, slug: 'h-1', text: '一、' },
      { depth: 4, slug: 'h-1-0-1', text: '1．' },
    ]);
    expect(toc.map((i) => i.slug)).toEqual(['h-0-1', 'h-1']);
    expect(toc[1].children.map((i) => i.slug)).toEqual(['h-1-0-1']);
  });
});

describe('withRunIns', () => {
  it('puts run-in headings after the heading of their section, those before any heading first', () => {
    const merged = withRunIns(
      [
        { depth: 2, slug: 'h-1', text: '一、' },
        { depth: 3, slug: 'h-1-1', text: '（一）' },
        { depth: 2, slug: 'h-2', text: '二、' },
      ],
      [
        { depth: 2, slug: 'h-0-p1', text: '第一，', section: null },
        { depth: 4, slug: 'h-1-1-p1', text: '1、', section: 'h-1-1' },
        { depth: 4, slug: 'h-1-1-p2', text: '2、', section: 'h-1-1' },
        { depth: 3, slug: 'h-2-p1', text: '1、', section: 'h-2' },
      ],
    );
    expect(merged.map((h) => h.slug)).toEqual(['h-0-p1', 'h-1', 'h-1-1', 'h-1-1-p1', 'h-1-1-p2', 'h-2', 'h-2-p1']);
    const toc = buildToc(merged);
    expect(toc[1]!.children[0]!.children.map((i) => i.text)).toEqual(['1、', '2、']);
    expect(toc[2]!.children.map((i) => i.slug)).toEqual(['h-2-p1']);
  });
});
