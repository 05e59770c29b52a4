/**
 * The structure stage on the case folders of tests/fixtures/cases/structure/: each input.txt,
 * decoded, split and cleaned as the pipeline does, structured, and written by the write stage's
 * serializer as output.md: the header fields structure finds (title, subtitle, byline, dateline)
 * as frontmatter, then the body a reader gets (salutation, headings, run-in headings in bold).
 * `UPDATE=1` rewrites them.
 */
import { documentBody } from '../../../../src/ingest/assemble.ts';
import { cleanArticle } from '../../../../src/ingest/clean/index.ts';
import { loadIngestContext } from '../../../../src/ingest/runner/context.ts';
import { structureArticle } from '../../../../src/ingest/structure/index.ts';
import { toMarkdown } from '../../../../src/ingest/write/to-markdown.ts';
import type { DocumentData } from '../../../../src/schemas/document.ts';
import { caseArticle, describeCases } from '../../helpers/cases.ts';

const { noise } = await loadIngestContext();

describeCases('structure', import.meta.url, async (input) => {
  const article = structureArticle(cleanArticle(await caseArticle(input), noise), noise);
  const { title, subtitle, byline, dateline } = article;
  // Only the header fields: classification fills the rest of a document's frontmatter.
  const header = { title, subtitle, byline, dateline } as DocumentData;
  return { 'output.md': toMarkdown(header, documentBody(article)) };
});
