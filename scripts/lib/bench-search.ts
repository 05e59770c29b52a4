/**
 * Search cost in headless Chromium for the benchmark: bytes transferred by a cold first query and
 * by warm queries, and warm latency. Through the site's search page (`/search/?q=`, results
 * signalled by `[data-search-count]`) when it exists; otherwise through Pagefind's JS API in a page
 * of the site, which measures the index alone.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/browser.ts';
import { startStaticServer, type RunningServer } from './static-server.ts';

export interface SearchFigures {
  mode: 'search page' | 'pagefind API';
  coldBytes: number;
  warmBytes: number;
  warmMedianMs: number;
}

/** Queries typed the way staff type them: phrases without spaces. */
export const BENCH_QUERIES = ['代表工作', '人大常委会', '监督', '乡镇人大主席团', '全过程人民民主', '预算审查', '代表联络站', '地方立法', '执法检查', '信访'];

/**
 * Counts the bytes the server sends (headers included), whoever asks: the page, or a worker the
 * search runs in. Browser cache hits send nothing.
 */
function byteCounter(server: RunningServer): { take(): number } {
  const sockets = new Set<Socket>();
  server.server.on('connection', (socket: Socket) => sockets.add(socket));
  let counted = 0;
  const sent = () => [...sockets].reduce((n, s) => n + s.bytesWritten, 0);
  return {
    take() {
      const total = sent();
      const bytes = total - counted;
      counted = total;
      return bytes;
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Runs `query` in an open search page as a user does (types it, submits the form) and waits for
 * the results to render (the `search:rendered` event); returns the milliseconds and the result
 * documents' numbers.
 */
export async function submitQuery(page: Page, query: string): Promise<{ ms: number; docs: number[] }> {
  return page.evaluate(async (q) => {
    const root = document.querySelector('[data-search-root]')!;
    const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
    const done = new Promise<{ docs: number[] }>((resolve) =>
      root.addEventListener('search:rendered', (e) => resolve((e as CustomEvent).detail), { once: true }),
    );
    input.value = q;
    const started = performance.now();
    root.querySelector('form')!.requestSubmit();
    const detail = await done;
    return { ms: performance.now() - started, docs: detail.docs };
  }, query);
}

/**
 * Measures search on the built site in `dist`: the first query opens the search page with the
 * query in its URL (a cold start: every byte the server sends counts); the others are typed into
 * that page (warm). Through Pagefind's JS API when the site has no search page; undefined when it
 * has no search at all.
 */
export async function measureSearch(dist: string): Promise<SearchFigures | undefined> {
  const hasPage = existsSync(join(dist, 'search/index.html'));
  if (!hasPage && !existsSync(join(dist, 'pagefind/pagefind.js'))) return undefined;
  const server = await startStaticServer({ root: dist });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const counter = byteCounter(server);
    const run = async (q: string): Promise<number> => {
      if (hasPage) return (await submitQuery(page, q)).ms;
      return page.evaluate(async (query) => {
        const w = window as unknown as { pf?: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } };
        const start = performance.now();
        w.pf ??= await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
        const { results } = await w.pf!.search(query);
        await Promise.all(results.slice(0, 10).map((r) => r.data()));
        return performance.now() - start;
      }, q);
    };
    counter.take();
    if (hasPage) {
      await page.goto(`${server.url}search/?q=${encodeURIComponent(BENCH_QUERIES[0]!)}`);
      await page.waitForSelector('[data-search-root]:not([aria-busy="true"]) [data-search-count]', { timeout: 120_000 });
    } else {
      await page.goto(server.url);
      await run(BENCH_QUERIES[0]!);
    }
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
