import { describe, expect, it } from 'vitest';
import type { Root, Element } from 'hast';
import { heading, tree } from '../helpers/hast.ts';
import rehypeHeadingIds from '../../../src/plugins/rehype-heading-ids.ts';

const ids = (root: Root) => root.children.map((n) => (n as Element).properties.id);

describe('rehypeHeadingIds', () => {
  it('numbers headings by their position in the hierarchy', () => {
    const root = tree(
      heading('h2', '一、总体要求'),
      heading('h3', '（一）'),
      heading('h3', '（二）'),
      heading('h4', '1．'),
      heading('h2', '二、措施'),
      heading('h3', '（一）'),
      heading('p', '正文'),
    );
    rehypeHeadingIds()(root);
    expect(ids(root)).toEqual(['h-1', 'h-1-1', 'h-1-2', 'h-1-2-1', 'h-2', 'h-2-1', undefined]);
  });
  it('gives ASCII ids to headings before the first h2 and replaces Chinese ids', () => {
    const root = tree(heading('h3', '（一）', '一'), heading('h2', '一、'), heading('h4', '1．'));
    rehypeHeadingIds()(root);
    expect(ids(root)).toEqual(['h-0-1', 'h-1', 'h-1-0-1']);
  });
});

describe('rehypeHeadingIds on run-in headings', () => {
  /** `<p><strong>lead</strong>。rest</p>`. */
  const runIn = (lead: string): Element => ({
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [heading('strong', lead), { type: 'text', value: '。下文。' }],
  });
  const strongId = (node: Element) => (node.children[0] as Element).properties.id;

  it('gives bold numbered leads ids under their section and lists them one level below it', () => {
    const root = tree(
      runIn('第一，总的要求'),
      heading('h2', '一、总体要求'),
      runIn('（一）提高认识'),
      runIn('1、加强学习'),
      runIn('一是学理论'),
      runIn('2、注重实践'),
      runIn('（二）强化责任'),
      heading('p', '正文'),
      heading('h2', '二、措施'),
      runIn('1、建立制度'),
    );
    const file = { data: { astro: { frontmatter: { title: 't' } } } };
    rehypeHeadingIds()(root, file);
    const nodes = root.children as Element[];
    expect([0, 2, 3, 5, 6, 9].map((i) => strongId(nodes[i]!))).toEqual(['h-0-p1', 'h-1-p1', 'h-1-p2', 'h-1-p4', 'h-1-p5', 'h-2-p1']);
    expect(ids(root)).toEqual([undefined, 'h-1', undefined, undefined, undefined, undefined, undefined, undefined, 'h-2', undefined]);
    expect(file.data.astro.frontmatter).toMatchObject({
      title: 't',
      runInHeadings: [
        { depth: 2, slug: 'h-0-p1', text: '第一，总的要求', section: null },
        { depth: 3, slug: 'h-1-p1', text: '（一）提高认识', section: 'h-1' },
        { depth: 4, slug: 'h-1-p2', text: '1、加强学习', section: 'h-1' },
        { depth: 5, slug: 'h-1-p3', text: '一是学理论', section: 'h-1' },
        { depth: 4, slug: 'h-1-p4', text: '2、注重实践', section: 'h-1' },
        { depth: 3, slug: 'h-1-p5', text: '（二）强化责任', section: 'h-1' },
        { depth: 3, slug: 'h-2-p1', text: '1、建立制度', section: 'h-2' },
      ],
    });
  });

  it('leaves bold text that does not open a paragraph with a numbering marker alone', () => {
    const root = tree(runIn('重要的是'), { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: '前文' }, heading('strong', '1、加强')] });
    const file = { data: { astro: { frontmatter: {} } } };
    rehypeHeadingIds()(root, file);
    expect(strongId(root.children[0] as Element)).toBeUndefined();
    expect(file.data.astro.frontmatter).toEqual({});
  });
});
