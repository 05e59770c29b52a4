/** The outline (目录) of a document from its headings. */

/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface OutlineItem extends Heading {
  children: OutlineItem[];
}

/**
 * Nests the h2–h4 headings (`minDepth`..`maxDepth`) into a tree; a heading that skips a level
 * (h2 → h4) becomes a child of the nearest shallower one.
 */
export function buildOutline(headings: readonly Heading[], minDepth = 2, maxDepth = 4): OutlineItem[] {
  const root: OutlineItem[] = [];
  const stack: OutlineItem[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const item: OutlineItem = { ...heading, text: heading.text.trim(), children: [] };
    while (stack.length && stack[stack.length - 1].depth >= item.depth) stack.pop();
    (stack.length ? stack[stack.length - 1].children : root).push(item);
    stack.push(item);
  }
  return root;
}
