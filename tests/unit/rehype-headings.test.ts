import { describe, expect, it } from 'vitest';
import type { Root, Element } from 'hast';
import rehypeHeadingIds from '../../src/plugins/rehype-heading-ids.ts';
import rehypeHeadingLinks from '../../src/plugins/rehype-heading-links.ts';

const heading = (tagName: string, text: string, id?: string): Element => ({
  type: 'element',
  tagName,
  properties: id ? { id } : {},
  children: [{ type: 'text', value: text }],
});
const tree = (...children: Element[]): Root => ({ type: 'root', children });
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

describe('rehypeHeadingLinks', () => {
  it('appends an empty self-link to headings with ids only', () => {
    const root = tree(heading('h2', '一、', 'h-1'), heading('h3', '无 id'));
    rehypeHeadingLinks()(root);
    const [withId, withoutId] = root.children as Element[];
    expect(withId.children).toHaveLength(2);
    expect(withId.children[1]).toMatchObject({ tagName: 'a', properties: { href: '#h-1', className: ['heading-link'] }, children: [] });
    expect(withoutId.children).toHaveLength(1);
  });
});
