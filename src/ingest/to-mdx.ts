/**
 * The write stage's serializer: frontmatter + mdast body → document text. The body is serialized by
 * remark-stringify with the MDX and GFM extensions, so every `{ } < >`, Markdown marker and
 * line-initial `import`/`export` in the source text is escaped: text stays text, never code, whether
 * the text is read as MDX or as Markdown. Documents are written as `.md` (see src/content-dir.ts):
 * Astro renders Markdown entries once in its content layer and caches them by content digest,
 * where every `.mdx` entry becomes a module the build compiles again each time (4× slower at
 * 1,000 documents, see `npm run bench`).
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { Document, Scalar } from 'yaml';
import type { DocumentData } from '../schemas/document.ts';

/** Frontmatter keys in the order they are written, so output is stable and easy to read. */
const KEY_ORDER: (keyof DocumentData)[] = [
  'title',
  'subtitle',
  'kind',
  'level',
  'year',
  'date',
  'era',
  'yearConflict',
  'place',
  'speaker',
  'organ',
  'byline',
  'dateline',
  'topics',
  'onTopic',
  'duplicateOf',
  'summary',
  'source',
];

const serializer = unified()
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkStringify, {
    bullet: '-',
    // MDX reads a paragraph starting with `import`/`export` as an ES module: escape the first letter.
    unsafe: [
      { character: 'i', atBreak: true, after: 'mport\\b' },
      { character: 'e', atBreak: true, after: 'xport\\b' },
    ],
  });

/** Orders frontmatter keys and drops undefined values. */
function orderedFrontmatter(data: DocumentData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    if (data[key] !== undefined) out[key] = data[key];
  }
  return out;
}

/** Serializes one document as MDX: YAML frontmatter, then the escaped body. */
export function toMdx(data: DocumentData, body: Root): string {
  const doc = new Document(orderedFrontmatter(data));
  // Astro reads frontmatter as YAML 1.1, where an unquoted 2024-09-08 is a timestamp, not a string.
  const date = doc.get('date', true);
  if (date instanceof Scalar) date.type = Scalar.QUOTE_DOUBLE;
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const text = body.children.length ? serializer.stringify(body) : '';
  return `---\n${yaml}---\n\n${text}`;
}
