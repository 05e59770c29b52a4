/**
 * TEMPORARY, until the branches `site` (issue 3) and `search` (issue 4) are merged with `intranet`
 * (issue 5): the intranet browser tests that walk topic pages or run searches need those pages.
 * After the merge both are true; then delete this file and the `runIf` gates that import it.
 */
import { existsSync } from 'node:fs';

/** Topic index pages exist (issue 3). */
export const SITE_PAGES_LANDED = existsSync('src/pages/topics');
/** The search page and Pagefind index exist (issue 4). */
export const SEARCH_LANDED = existsSync('src/pages/search.astro');
