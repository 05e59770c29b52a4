/**
 * Reads what search indexes from a built page: the text blocks of the element marked
 * `data-pagefind-body` (the same part of the page Pagefind indexes, minus `data-pagefind-ignore`,
 * scripts and styles), the section heading each block belongs to, and the page's search record
 * (`<script type="application/json" data-search-record>`, written by IndexData.astro).
 * A small tokenizer over Astro's own well-formed output, not a general HTML parser.
 */

/** Text of a page split at block elements; `anchor` indexes `anchors` (-1: before any section heading). */
export interface PageText {
  blocks: { text: string; anchor: number; heading: number }[];
  /** Section headings with an id: [id, text]. */
  anchors: [string, string][];
}

const BLOCK = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'.split(' '),
);
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const RAW = new Set(['script', 'style', 'template', 'noscript']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Astro emits. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const attributePatterns = new Map<string, RegExp>();

/** Value of attribute `name` in a tag's attribute text, decoded; null when absent. */
export function attribute(attrs: string, name: string): string | null {
  if (!attrs.toLowerCase().includes(name.toLowerCase())) return null;
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`, 'i');
    attributePatterns.set(name, pattern);
  }
  const m = pattern.exec(attrs);
  if (!m) return null;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
}

/** The text blocks of the `data-pagefind-body` element of `html`, or null when the page has none. */
export function extractPageText(html: string): PageText | null {
  const blocks: PageText['blocks'] = [];
  const anchors: [string, string][] = [];
  const stack: { tag: string; body: boolean; ignore: boolean; heading: number }[] = [];
  let inBody = 0;
  let ignored = 0;
  let foundBody = false;
  let current = '';
  let anchor = -1;
  let heading = 0;
  const flush = () => {
    if (current.trim()) blocks.push({ text: current.replace(/\s+/g, ' ').trim(), anchor, heading });
    current = '';
  };
  const tags: string[] = [];
  // Nothing before the first element that mentions the body marker can be indexed: start there.
  const first = html.indexOf('data-pagefind-body');
  if (first === -1) return null;
  const token = new RegExp(TOKEN.source, 'g');
  token.lastIndex = Math.max(0, html.lastIndexOf('<', first));
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const [text, closing, rawTag, attrs = ''] = m;
    if (text.startsWith('<!--')) continue;
    if (!rawTag) {
      if (inBody && !ignored) current += decodeEntities(text);
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = tags.lastIndexOf(tag);
      if (at === -1) continue;
      tags.length = at;
      for (const e of stack.splice(at)) {
        if (inBody && BLOCK.has(e.tag)) flush();
        if (e.heading > 0 && inBody && !ignored) heading = 0;
        if (e.body) inBody--;
        if (e.ignore) ignored--;
      }
      continue;
    }
    if (RAW.has(tag)) {
      // Skip the element's content up to its end tag.
      if (!/\/\s*$/.test(attrs)) {
        const end = new RegExp(`</${tag}\\s*>`, 'gi');
        end.lastIndex = token.lastIndex;
        token.lastIndex = end.exec(html) ? end.lastIndex : html.length;
      }
      continue;
    }
    const body = attribute(attrs, 'data-pagefind-body') !== null;
    const ignore = attribute(attrs, 'data-pagefind-ignore') !== null;
    if (inBody && BLOCK.has(tag)) flush();
    const level = /^h[1-6]$/.test(tag) ? Number(tag[1]) : 0;
    if (VOID.has(tag) || /\/\s*$/.test(attrs)) continue;
    if (body) {
      foundBody = true;
      inBody++;
    }
    if (ignore) ignored++;
    if (level > 0 && inBody && !ignored) {
      heading = level;
      const id = attribute(attrs, 'id');
      if (level >= 2) anchor = id ? anchors.push([id, '']) - 1 : -1;
    }
    stack.push({ tag, body, ignore, heading: level });
    tags.push(tag);
  }
  flush();
  if (!foundBody) return null;
  // Heading texts are the blocks written while inside that heading.
  for (const b of blocks) if (b.heading >= 2 && b.anchor >= 0 && !anchors[b.anchor][1]) anchors[b.anchor][1] = b.text;
  return { blocks, anchors };
}

/** The JSON of the page's `data-search-record` script element, or null. */
export function extractSearchRecord(html: string): unknown {
  const m = /<script\b([^>]*\bdata-search-record\b[^>]*)>([\s\S]*?)<\/script>/i.exec(html);
  return m ? JSON.parse(m[2]) : null;
}
