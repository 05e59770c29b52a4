/**
 * Renders a document for its page: an MDX document through Astro (its compiled module), a
 * Markdown document from its file with the site's Markdown processor (src/markdown.ts), which the
 * content layer does not render in advance (src/collections/document-loader.ts).
 */
import { render } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { missingFrontmatter, splitFrontmatter } from '../collections/frontmatter.ts';
import { markdownProcessor } from '../markdown.ts';
import type { DocEntry } from './corpus.ts';
import { runInsOf, withRunIns, type Heading } from './toc.ts';

/** A rendered document: its component (MDX) or its HTML (Markdown), and its headings with its run-in headings. */
export type RenderedDocument = { headings: Heading[] } & ({ Content: Awaited<ReturnType<typeof render>>['Content'] } | { html: string });

let renderer: ReturnType<typeof markdownProcessor.createRenderer> | undefined;

/** Renders `doc` (see the module comment). */
export async function renderDocument(doc: DocEntry): Promise<RenderedDocument> {
  if (!doc.filePath?.endsWith('.md')) {
    const rendered = await render(doc);
    return { ...rendered, headings: withRunIns(rendered.headings, runInsOf(rendered.remarkPluginFrontmatter)) };
  }
  const path = resolve(doc.filePath);
  // The content layer has parsed the frontmatter: only the text after it is needed.
  const body = splitFrontmatter(await readFile(path, 'utf8'))?.body.trim();
  if (body === undefined) throw new Error(missingFrontmatter(doc.filePath));
  renderer ??= markdownProcessor.createRenderer({});
  const result = await (await renderer).render(body, { frontmatter: doc.data, fileURL: pathToFileURL(path) });
  return { html: result.code, headings: withRunIns(result.metadata.headings, runInsOf(result.metadata.frontmatter)) };
}
