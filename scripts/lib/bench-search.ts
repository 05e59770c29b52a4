/**
 * Search cost in headless Chromium for the benchmark: bytes transferred by a cold first query and
 * by warm queries, and warm latency. Through the site's search page (`/search/?q=`, results
 * signalled by `[data-search-count]`) when it exists; otherwise through Pagefind's JS API in a page
 * of the site, which measures the index alone.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/browser.ts';
import { startStaticServer } from './static-server.ts';

export interface SearchFigures {
  mode: 'search page' | 'pagefind API';
  coldBytes: number;
  warmBytes: number;
  warmMedianMs: number;
}

/** Queries typed the way staff type them: phrases without spaces. */
export const BENCH_QUERIES = ['代表工作', '人大常委会', '监督', '乡镇人大主席团', '全过程人民民主', '预算审查', '代表联络站', '地方立法', '执法检查', '信访'];

/** Counts the bytes the network delivers (cache hits deliver none). */
async function byteCounter(page: Page): Promise<{ take(): number; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
  return {
    cdp,
    take() {
      const b = bytes;
      bytes = 0;
      return b;
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Measures search on the built site in `dist`; undefined when it has no search at all. */
export async function measureSearch(dist: string): Promise<SearchFigures | undefined> {
  const hasPage = existsSync(join(dist, 'search/index.html'));
  if (!hasPage && !existsSync(join(dist, 'pagefind/pagefind.js'))) return undefined;
  const server = await startStaticServer({ root: dist });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const counter = await byteCounter(page);
    const run = async (q: string): Promise<number> => {
      if (hasPage) {
        const start = performance.now();
        await page.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
        await page.waitForSelector('[data-search-count]', { timeout: 60_000 });
        return performance.now() - start;
      }
      return page.evaluate(async (query) => {
        const w = window as unknown as { pf?: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } };
        const start = performance.now();
        w.pf ??= await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
        const { results } = await w.pf!.search(query);
        await Promise.all(results.slice(0, 10).map((r) => r.data()));
        return performance.now() - start;
      }, q);
    };
    if (!hasPage) await page.goto(server.url);
    counter.take();
    await run(BENCH_QUERIES[0]!);
    const coldBytes = counter.take();
    const times: number[] = [];
    const bytes: number[] = [];
    for (const q of BENCH_QUERIES.slice(1)) {
      times.push(await run(q));
      bytes.push(counter.take());
    }
    return { mode: hasPage ? 'search page' : 'pagefind API', coldBytes, warmBytes: median(bytes), warmMedianMs: median(times) };
  } finally {
    await browser.close();
    await server.close();
  }
}
