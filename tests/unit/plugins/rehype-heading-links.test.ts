import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { heading, tree } from '../helpers/hast.ts';
import rehypeHeadingLinks from '../../../src/plugins/rehype-heading-links.ts';

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
