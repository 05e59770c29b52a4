/**
 * The clean stage on the case folders of tests/fixtures/cases/clean/: each input.txt, decoded and
 * split as the pipeline does, cleaned into output.txt (the lines kept, as cleaned), removed.json
 * (every removal: kind, source line, text) and, when the input has a 第N篇 marker, title.txt (its
 * title, cleaned). No removal may hold body prose (the removal audit). `UPDATE=1` rewrites them.
 */
import { expect } from 'vitest';
import { cleanArticle } from '../../../../src/ingest/clean/index.ts';
import { suspiciousRemovals } from '../../../../src/ingest/removal-audit.ts';
import { loadIngestContext } from '../../../../src/ingest/runner/context.ts';
import { caseArticle, caseJson, describeCases } from '../../helpers/cases.ts';

const { noise } = await loadIngestContext();

describeCases('clean', import.meta.url, async (input) => {
  const cleaned = cleanArticle(await caseArticle(input), noise);
  expect(suspiciousRemovals(cleaned.removed, noise.audit), 'removals holding body prose').toEqual([]);
  return {
    'output.txt': `${cleaned.lines.map((line) => line.text).join('\n')}\n`,
    'removed.json': caseJson(cleaned.removed, { entryPerLine: true }),
    ...(cleaned.markerTitle !== undefined ? { 'title.txt': `${cleaned.markerTitle}\n` } : {}),
  };
});
