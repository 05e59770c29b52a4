/** What a search page costs in headless Chromium, for the federation benchmark: cold first queries, then warm ones. */
import type { Browser, Page } from 'playwright-core';
import { byteCounter, submitQuery } from './search.ts';

/** One search page's figures over the query set. */
export interface PageFigures {
  /** Per cold query: bytes of index files and scripts, of them from the page's own origin, and requests. */
  coldBytes: number[];
  coldOwnBytes: number[];
  coldRequests: number[];
  /** Per warm query: milliseconds until the results showed, and requests. */
  warmMs: number[];
  warmRequests: number[];
  /** Per query, the documents shown, in joined numbering. */
  lists: number[][];
}

/** The files a search fetches: index files and scripts. */
const SEARCH_FILES = /(\/search-index\/|\/_astro\/.*\.js$)/;

/** Counts a page's requests for search files from now on. */
function requestCounter(page: Page) {
  let n = 0;
  page.on('request', (r) => void (SEARCH_FILES.test(new URL(r.url()).pathname) && n++));
  return { reset: () => void (n = 0), count: () => n };
}

/**
 * Cold first queries `cold` in fresh contexts, then every query of `queries` warm in one page,
 * through the search page of the site at `url` (whose own origin is `own`).
 */
export async function measureSearchPage(browser: Browser, url: string, own: string, queries: readonly string[], cold: readonly string[]): Promise<PageFigures> {
  const figures: PageFigures = { coldBytes: [], coldOwnBytes: [], coldRequests: [], warmMs: [], warmRequests: [], lists: [] };
  for (const q of cold) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = byteCounter(page, SEARCH_FILES);
    const ownBytes = byteCounter(page, SEARCH_FILES, own);
    const counted = requestCounter(page);
    await page.goto(`${url}search/`);
    await submitQuery(page, q);
    figures.coldBytes.push(await bytes.total());
    figures.coldOwnBytes.push(await ownBytes.total());
    figures.coldRequests.push(counted.count());
    await context.close();
  }
  const page = await browser.newPage();
  await page.goto(`${url}search/`);
  const counted = requestCounter(page);
  for (const q of queries) {
    counted.reset();
    const { ms, docs } = await submitQuery(page, q);
    figures.warmMs.push(ms);
    figures.warmRequests.push(counted.count());
    figures.lists.push(docs);
  }
  await page.close();
  return figures;
}
