/**
 * rehype plugin: gives every h2–h6 an ASCII id from its position in the heading hierarchy:
 * the first h2 is `h-1`, the second h3 under it `h-1-2`, an h3 before any h2 `h-0-1`.
 * Chinese headings would otherwise get Chinese slugs; positions are stable across text edits
 * that do not add or remove headings. Runs before Astro collects headings, which keeps these ids.
 *
 * Run-in headings (a paragraph opening with a bold, numbered lead sentence: src/ingest/structure/run-in.ts)
 * get an id too, `<section id>-p<n>` (the second one under `h-1` is `h-1-p2`), and a depth one below
 * the heading or run-in heading they belong to: under an h2, （一） is depth 3 and a 1、 inside it
 * depth 4; 一是/第一， go one below whatever numbered part is current. Astro collects only real
 * headings, so the plugin lists run-in headings in the document's remark-plugin frontmatter
 * (`runInHeadings`), where render() returns them (src/lib/render-document.ts).
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { parseMarker, SCHEMES, type MarkerKind } from '../ingest/headings.ts';
import type { RunInHeading } from '../lib/toc.ts';

const HEADING = /^h([2-6])$/;

/** The text of a hast node. */
function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** The bold lead of a run-in heading paragraph, when `node` is one. */
function runInLead(node: Element): { lead: Element; kind: MarkerKind } | undefined {
  if (node.tagName !== 'p') return undefined;
  const first = node.children[0];
  if (first?.type !== 'element' || first.tagName !== 'strong') return undefined;
  const marker = parseMarker(textOf(first));
  return marker ? { lead: first, kind: marker.kind } : undefined;
}

/** Frontmatter of the file being rendered, as Astro keeps it in `file.data.astro`. */
interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export default function rehypeHeadingIds() {
  return (tree: Root, file?: { data: AstroData }) => {
    const counters = [0, 0, 0, 0, 0];
    const runIns: RunInHeading[] = [];
    let section: { id: string | null; depth: number } = { id: null, depth: 1 };
    /** Open run-in headings of numbered schemes, outermost first. */
    let open: { kind: MarkerKind; depth: number }[] = [];
    let count = 0;
    visit(tree, 'element', (node: Element) => {
      const match = HEADING.exec(node.tagName);
      if (match) {
        const level = Number(match[1]) - 2;
        counters[level]++;
        counters.fill(0, level + 1);
        node.properties.id = `h-${counters.slice(0, level + 1).join('-')}`;
        section = { id: node.properties.id, depth: level + 2 };
        open = [];
        count = 0;
        return;
      }
      const runIn = runInLead(node);
      if (!runIn) return;
      let depth: number;
      if (runIn.kind === 'ordinal') {
        depth = (open.at(-1)?.depth ?? section.depth) + 1;
      } else {
        const rank = SCHEMES.indexOf(runIn.kind);
        open = open.filter((o) => SCHEMES.indexOf(o.kind) < rank);
        depth = (open.at(-1)?.depth ?? section.depth) + 1;
        open.push({ kind: runIn.kind, depth });
      }
      count += 1;
      const id = `${section.id ?? 'h-0'}-p${count}`;
      runIn.lead.properties.id = id;
      runIns.push({ depth, slug: id, text: textOf(runIn.lead), section: section.id });
      return 'skip';
    });
    if (runIns.length > 0 && file) {
      const astro = (file.data.astro ??= {});
      astro.frontmatter = { ...astro.frontmatter, runInHeadings: runIns };
    }
  };
}
