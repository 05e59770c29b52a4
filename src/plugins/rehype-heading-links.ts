/**
 * rehype plugin: appends a link to its own anchor to every h2–h6 that has an id
 * (`<a class="heading-link" href="#h-1" aria-label="复制本节链接：一、总体要求">`): one per heading,
 * named after it, so a screen reader's list of links tells them apart. The link has no text (CSS
 * draws the mark), so it adds nothing to heading text, the table of contents or the search index; a script
 * enhances it to copy the section's URL.
 */
import type { Root, Element, ElementContent } from 'hast';
import { visit } from 'unist-util-visit';

const HEADING = /^h[2-6]$/;

/** The text of a node and its descendants. */
function textOf(nodes: readonly ElementContent[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? textOf(n.children) : '')).join('');
}

export default function rehypeHeadingLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      if (!HEADING.test(node.tagName) || typeof id !== 'string') return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-link'], href: `#${id}`, ariaLabel: `复制本节链接：${textOf(node.children).trim()}` },
        children: [],
      });
    });
  };
}
