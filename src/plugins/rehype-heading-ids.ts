/**
 * rehype plugin: gives every h2–h6 an ASCII id from its position in the heading hierarchy:
 * the first h2 is `h-1`, the second h3 under it `h-1-2`, an h3 before any h2 `h-0-1`.
 * Chinese headings would otherwise get Chinese slugs; positions are stable across text edits
 * that do not add or remove headings. Runs before Astro collects headings, which keeps these ids.
 */
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';

const HEADING = /^h([2-6])$/;

export default function rehypeHeadingIds() {
  return (tree: Root) => {
    const counters = [0, 0, 0, 0, 0];
    visit(tree, 'element', (node: Element) => {
      const match = HEADING.exec(node.tagName);
      if (!match) return;
      const level = Number(match[1]) - 2;
      counters[level]++;
      counters.fill(0, level + 1);
      node.properties.id = `h-${counters.slice(0, level + 1).join('-')}`;
    });
  };
}
