/**
 * Search cost in headless Chromium for the benchmark: bytes transferred by a cold first query and
 * by warm queries, and warm latency. Through the site's search page (`/search/?q=`, results
 * signalled by `[data-search-count]`) when it exists; otherwise through Pagefind's JS API in a page
 * of the site, which measures the index alone.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'node:net';
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

/** Measures search on the built site in `dist`; undefined when it has no search at all. */
export async function measureSearch(dist: string): Promise<SearchFigures | undefined> {
  const hasPage = existsSync(join(dist, 'search/index.html'));
  if (!hasPage && !existsSync(join(dist, 'pagefind/pagefind.js'))) return undefined;
  const server = await startStaticServer({ root: dist });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const counter = byteCounter(server);
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
