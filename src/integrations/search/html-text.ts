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

/** Value of attribute `name` in a tag's attribute text, decoded; null when absent. */
export function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`, 'i').exec(attrs);
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
  let rawUntil: string | null = null;
  let foundBody = false;
  let current = '';
  let anchor = -1;
  let heading = 0;
  const flush = () => {
    if (current.trim()) blocks.push({ text: current.replace(/\s+/g, ' ').trim(), anchor, heading });
    current = '';
  };
  for (const m of html.matchAll(TOKEN)) {
    const [token, closing, rawTag, attrs = ''] = m;
    if (rawUntil) {
      if (closing && rawTag?.toLowerCase() === rawUntil) rawUntil = null;
      continue;
    }
    if (token.startsWith('<!--')) continue;
    if (!rawTag) {
      if (inBody && !ignored) current += decodeEntities(token);
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at === -1) continue;
      for (const e of stack.splice(at)) {
        if (inBody && BLOCK.has(e.tag)) flush();
        if (e.heading > 0 && inBody && !ignored) heading = 0;
        if (e.body) inBody--;
        if (e.ignore) ignored--;
      }
      continue;
    }
    if (RAW.has(tag)) {
      if (!/\/\s*$/.test(attrs)) rawUntil = tag;
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
