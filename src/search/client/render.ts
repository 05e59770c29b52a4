/**
 * Renders one search result (for the search page and the search dialog): linked title, the same
 * "相关资料" badge as the lists, meta line (a doubtful time marked 年份存疑 there, as in lists), an excerpt around the first match, and
 * up to {@link SECTIONS} sections where the query occurs, each linked to the highlighted match.
 * Built with DOM methods and textContent only, never HTML strings.
 */
import { excerpt, findMatches, type Segment } from './excerpt.ts';
import type { SiteFragment } from './federation.ts';

/** Matching sections listed per result at most. */
export const SECTIONS = 3;
/** Blocks shorter than this (headings, mostly) are shown with the block after them in excerpts. */
const SHORT_BLOCK = 40;

/** Appends an element with text content to `parent`. */
export function add<K extends keyof HTMLElementTagNameMap>(parent: Node, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  parent.appendChild(el);
  return el;
}

/** Appends excerpt segments, matches in <mark>. */
export function addSegments(parent: Node, segments: readonly Segment[]): void {
  for (const s of segments) {
    if (s.mark) add(parent, 'mark', s.text);
    else parent.appendChild(document.createTextNode(s.text));
  }
}

/** The whole of `text` as segments with every match marked. */
export function marked(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [a, b] of findMatches(text, terms)) {
    if (a > at) segments.push({ text: text.slice(at, a), mark: false });
    segments.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/** Where result links point: the site base, the link target (for embeds), whether results come from several sites. */
export interface LinkOptions {
  base: string;
  target: string;
  /** Label each result with its site (a federated search). */
  federated?: boolean;
}

/**
 * A link to a document (on its own site), with the terms to highlight there and an optional
 * section anchor; a plain span when its site's index gave a link that was refused (federation.ts).
 */
export function docLink(links: LinkOptions, fragment: SiteFragment, terms: readonly string[], anchor?: string): HTMLAnchorElement | HTMLSpanElement {
  if (!fragment.href) return document.createElement('span');
  const a = document.createElement('a');
  a.href = `${fragment.href}${terms.length ? `?hl=${encodeURIComponent(terms.join(' '))}` : ''}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
  if (links.target !== '_self') a.target = links.target;
  if (links.target === '_blank') a.rel = 'noopener';
  return a;
}

/** Appends the badge lists show for material outside people's-congress work. */
function addBadges(parent: HTMLElement, fragment: SiteFragment): void {
  if (fragment.offTopic) add(parent, 'span', '相关资料').className = 'tag';
}

/** Indexes of the body blocks (title block excluded) that contain a term. */
function matchingBlocks(fragment: SiteFragment, terms: readonly string[]): number[] {
  const found: number[] = [];
  fragment.blocks.forEach(([text], i) => {
    if (i > 0 && terms.length && findMatches(text, terms).length > 0) found.push(i);
  });
  return found;
}

/**
 * One result as a list item. `matched`: for a related result, the words it contains (of
 * `words`, all the query's words), shown and highlighted instead of the query.
 */
export function renderResult(
  links: LinkOptions,
  fragment: SiteFragment,
  terms: readonly string[],
  related?: { matched: readonly string[]; words: readonly string[] },
): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  li.setAttribute(related ? 'data-search-related' : 'data-search-result', '');
  const marks = related ? related.matched : terms;
  if (links.federated) {
    const site = add(li, 'span', fragment.site);
    site.className = 'search-result-site';
    site.setAttribute('data-search-site', String(fragment.siteIndex));
  }
  const title = docLink(links, fragment, marks);
  title.className = 'search-result-title';
  addSegments(title, marked(fragment.title, marks));
  li.append(title);
  if (!fragment.href) add(li, 'span', '（该站点索引中的链接不安全，已拒绝打开）').className = 'search-result-refused';
  addBadges(li, fragment);
  add(li, 'p', fragment.meta).className = 'search-result-meta';
  if (related) {
    const p = add(li, 'p', '包含词语：');
    p.className = 'search-result-words';
    p.setAttribute('data-search-words', '');
    related.matched.forEach((w, i) => {
      if (i) p.append('、');
      add(p, 'mark', w);
    });
    const missing = related.words.filter((w) => !related.matched.includes(w));
    if (missing.length) p.append(`（不含：${missing.join('、')}）`);
  }
  const blocks = matchingBlocks(fragment, marks);
  const at = blocks[0] ?? 1;
  const shown = fragment.blocks[at];
  if (shown) {
    // A match in a short block (usually a heading) shows the text that follows it too.
    const next = blocks.length && shown[0].length < SHORT_BLOCK ? fragment.blocks[at + 1] : undefined;
    const p = add(li, 'p');
    p.className = 'search-result-excerpt';
    addSegments(p, excerpt(next ? `${shown[0]}　${next[0]}` : shown[0], blocks.length ? marks : []));
  }
  // The sections holding matches, in document order, each once.
  const sections: number[] = [];
  for (const b of blocks) {
    const anchor = fragment.blocks[b][1];
    if (anchor >= 0 && !sections.includes(anchor)) sections.push(anchor);
    if (sections.length === SECTIONS) break;
  }
  if (sections.length) {
    const box = add(li, 'div');
    box.className = 'search-result-sections';
    add(box, 'span', '所在章节：');
    const ul = add(box, 'ul');
    for (const s of sections) {
      const [id, heading] = fragment.anchors[s];
      const link = docLink(links, fragment, marks, id);
      link.textContent = heading;
      link.setAttribute('data-search-section', '');
      add(ul, 'li').append(link);
    }
  }
  return li;
}
