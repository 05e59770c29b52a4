/** Writes the review page (src/ingest/review-page.ts) next to the JSON report. */
import { dirname, join, relative } from 'node:path';
import type { IngestReport } from '../report.ts';
import { REVIEW_PAGE_NAME, reviewPageHtml } from '../review-page.ts';
import { writeAtomic } from './output-files.ts';

/**
 * Writes the review page of `report` into the folder of `reportFile` and returns its path. The page
 * names `overridesFile` relative to that folder, so it does not depend on where the run wrote to.
 */
export function writeReviewPage(reportFile: string, report: IngestReport, overridesFile: string): string {
  const folder = dirname(reportFile);
  const path = join(folder, REVIEW_PAGE_NAME);
  writeAtomic(path, reviewPageHtml(report, relative(folder, overridesFile).split('\\').join('/')));
  return path;
}
