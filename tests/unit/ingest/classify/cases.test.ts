/**
 * The classify stage on the case folders of tests/fixtures/cases/classify/: each input.txt,
 * decoded, split, cleaned and structured as the pipeline does, classified into frontmatter.json:
 * every field classification derives (title, kind, level, year, date, era, year conflict, place,
 * speaker, organ, topics, onTopic, altered) but the summary, which summary.test.ts covers.
 * `UPDATE=1` rewrites them.
 */
import { classifyArticle } from '../../../../src/ingest/classify/index.ts';
import { cleanArticle } from '../../../../src/ingest/clean/index.ts';
import { loadIngestContext } from '../../../../src/ingest/runner/context.ts';
import { structureArticle } from '../../../../src/ingest/structure/index.ts';
import { caseArticle, caseJson, describeCases } from '../../helpers/cases.ts';

const context = await loadIngestContext();

describeCases('classify', import.meta.url, async (input) => {
  const article = structureArticle(cleanArticle(await caseArticle(input), context.noise), context.noise);
  const { summary: _, ...fields } = classifyArticle(article, context.classify).data;
  return { 'frontmatter.json': caseJson(fields) };
});
