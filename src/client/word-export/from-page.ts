/**
 * Reads a document page (src/pages/docs/[id].astro) into a WordDocument: title, subtitle, byline,
 * the body's headings and paragraphs in reading order, and the citation and provenance lines.
 * Only the document's own text: the site's labels, notes, table of contents and buttons are left out.
 */
import type { WordBlock, WordDocument } from './model.ts';

/** Where the page keeps each part the export reads. */
export const PAGE_PARTS = {
  title: '.doc-header h1',
  subtitle: '.doc-subtitle',
  byline: '.doc-byline',
  body: '[data-doc-body]',
  source: '#citation, .provenance',
  publisher: '.brand__name',
} as const;

/** Elements inside the text that are the site's, not the document's (heading anchors, buttons, notices). */
const NOT_TEXT = '.heading-link, button, script, style, template, [role="note"], [data-export-skip]';

/** The element's text without the site's additions, whitespace runs collapsed. */
function textOf(element: Element, skip = NOT_TEXT): string {
  let text = '';
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !(child as Element).matches(skip)) walk(child);
    }
  };
  walk(element);
  return text.replace(/\s+/gu, ' ').trim();
}

/** Blocks of a container: headings, paragraphs, list items (ordered ones numbered) and table rows. */
function blocksOf(container: Element): WordBlock[] {
  const blocks: WordBlock[] = [];
  const add = (block: WordBlock) => {
    if (block.text !== '') blocks.push(block);
  };
  const visit = (element: Element): void => {
    const tag = element.tagName.toLowerCase();
    if (element.matches(NOT_TEXT) || tag === 'hr') return;
    const heading = /^h([1-6])$/u.exec(tag);
    if (heading) return add({ kind: 'heading', level: Number(heading[1]), text: textOf(element) });
    if (tag === 'ol' || tag === 'ul') {
      const start = Number(element.getAttribute('start') ?? 1);
      const items = [...element.children].filter((c) => c.tagName.toLowerCase() === 'li');
      items.forEach((item, i) => {
        const marker = tag === 'ol' ? `${start + i}. ` : '';
        add({ kind: 'paragraph', text: marker + textOf(item, `${NOT_TEXT}, ul, ol`) });
        for (const nested of item.querySelectorAll(':scope > ul, :scope > ol')) visit(nested);
      });
      return;
    }
    if (tag === 'tr') {
      const cells = [...element.children].map((cell) => textOf(cell)).filter((t) => t !== '');
      return add({ kind: 'paragraph', text: cells.join('　') });
    }
    const containers = element.querySelector(':scope > :is(p, h1, h2, h3, h4, h5, h6, ul, ol, table, thead, tbody, tr, blockquote, div, section, figure)');
    if (tag === 'p' || !containers) return add({ kind: 'paragraph', text: textOf(element) });
    for (const child of element.children) visit(child);
  };
  for (const child of container.children) visit(child);
  return blocks;
}

/** The text of the first element matching `selector`, or undefined when there is none or it is empty. */
function optionalText(root: ParentNode, selector: string): string | undefined {
  const element = root.querySelector(selector);
  const text = element ? textOf(element) : '';
  return text === '' ? undefined : text;
}

/** The WordDocument of the document page `root`; throws when the page has no title or body. */
export function readDocumentPage(root: ParentNode): WordDocument {
  const title = optionalText(root, PAGE_PARTS.title);
  const body = root.querySelector(PAGE_PARTS.body);
  if (!title || !body) throw new Error('not a document page: no title or body');
  return {
    title,
    subtitle: optionalText(root, PAGE_PARTS.subtitle),
    byline: optionalText(root, PAGE_PARTS.byline),
    blocks: blocksOf(body),
    source: [...root.querySelectorAll(PAGE_PARTS.source)].map((e) => textOf(e)).filter((t) => t !== ''),
    publisher: optionalText(root, PAGE_PARTS.publisher),
  };
}
