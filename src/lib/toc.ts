/**
 * The table of contents (目录) of a document from its headings. (The “outline” of ingestion is
 * something else: the 提纲 block src/ingest/clean/outline.ts removes.)
 */

/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A run-in heading (bold numbered lead sentence) and the id of the heading it follows (null: before any). */
export interface RunInHeading extends Heading {
  section: string | null;
}

export interface TocItem extends Heading {
  children: TocItem[];
}

/**
 * Headings and run-in headings in document order: each run-in heading right after the heading of
 * its section (and after the run-in headings before it), those before any heading first.
 */
export function withRunIns(headings: readonly Heading[], runIns: readonly RunInHeading[]): Heading[] {
  const strip = ({ depth, slug, text }: RunInHeading): Heading => ({ depth, slug, text });
  const after = (section: string | null) => runIns.filter((r) => r.section === section).map(strip);
  return [...after(null), ...headings.flatMap((h) => [h, ...after(h.slug)])];
}

/** The run-in headings the heading-id plugin listed in a document's remark-plugin frontmatter. */
export function runInsOf(frontmatter: Record<string, unknown> | undefined): RunInHeading[] {
  const list = frontmatter?.runInHeadings;
  return Array.isArray(list) ? (list as RunInHeading[]) : [];
}

/**
 * Nests the h2–h4 headings (`minDepth`..`maxDepth`) into a tree; a heading that skips a level
 * (h2 → h4) becomes a child of the nearest shallower one.
 */
export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 4): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const item: TocItem = { ...heading, text: heading.text.trim(), children: [] };
    while (stack.length && stack[stack.length - 1].depth >= item.depth) stack.pop();
    (stack.length ? stack[stack.length - 1].children : root).push(item);
    stack.push(item);
  }
  return root;
}
