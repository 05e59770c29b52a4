/**
 * The write stage's serializer: frontmatter + mdast body → document text. The body is serialized by
 * remark-stringify with the MDX and GFM extensions, so every `{ } < >`, Markdown marker and
 * line-initial `import`/`export` in the source text is escaped: text stays text, never code, whether
 * the text is read as MDX or as Markdown (the extension is src/collections/content-dir.ts's DOCUMENT_EXTENSION).
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { Document, Scalar } from 'yaml';
import { DOCUMENT_FIELDS, type DocumentData } from '../../schemas/document.ts';

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
  for (const key of DOCUMENT_FIELDS) {
    if (data[key] !== undefined) out[key] = data[key];
  }
  return out;
}

/** Serializes one document as MDX: YAML frontmatter, then the escaped body. */
export function toMarkdown(data: DocumentData, body: Root): string {
  const doc = new Document(orderedFrontmatter(data));
  // Astro reads frontmatter as YAML 1.1, where an unquoted 2024-09-08 is a timestamp, not a string.
  const date = doc.get('date', true);
  if (date instanceof Scalar) date.type = Scalar.QUOTE_DOUBLE;
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const text = body.children.length ? serializer.stringify(body) : '';
  return `---\n${yaml}---\n\n${text}`;
}
