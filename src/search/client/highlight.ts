/**
 * On a document page opened from a search result (`?hl=term term`), marks every occurrence of the
 * terms in the indexed content and scrolls the first one (after the URL's #section, if any) into view.
 * Matches may cross inline elements; text is only split and wrapped, never rewritten.
 */
import { findMatches } from './excerpt.ts';
import { parseQuery } from './query.ts';

const SKIP = 'script, style, template, noscript, [hidden], [data-pagefind-ignore]';

/** Text nodes under `root` that are content, in document order. */
function textNodes(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** Wraps every match of `terms` under `root` in <mark data-search-highlight>; returns the marks in order. */
export function highlightTerms(root: Element, terms: readonly string[]): HTMLElement[] {
  const nodes = textNodes(root);
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  const marks: HTMLElement[] = [];
  // Wrap from the end so earlier offsets stay valid.
  for (const [from, to] of findMatches(text, terms).reverse()) {
    for (let k = nodes.length - 1; k >= 0; k--) {
      const start = starts[k];
      const end = start + nodes[k].data.length;
      if (end <= from || start >= to) continue;
      let node = nodes[k];
      const a = Math.max(from, start) - start;
      const b = Math.min(to, end) - start;
      if (b < node.data.length) node.splitText(b);
      if (a > 0) node = node.splitText(a);
      const mark = document.createElement('mark');
      mark.setAttribute('data-search-highlight', '');
      node.replaceWith(mark);
      mark.append(node);
      marks.unshift(mark);
    }
  }
  return marks;
}

/** The element id a URL hash names, or undefined for no hash or a malformed one (`#%E0%A4%A`). */
function sectionId(hash: string): string | undefined {
  try {
    return hash ? decodeURIComponent(hash.slice(1)) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs on page load. */
function run(): void {
  const terms = parseQuery(new URLSearchParams(location.search).get('hl') ?? '');
  if (terms.length === 0) return;
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!root) return;
  const marks = highlightTerms(root, terms);
  const id = sectionId(location.hash);
  const section = id ? document.getElementById(id) : null;
  const first =
    (section && marks.find((m) => section.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)) ?? marks[0];
  first?.scrollIntoView({ block: 'center' });
  first?.setAttribute('data-search-current', '');
}

run();
