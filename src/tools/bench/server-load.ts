/**
 * A bounded load test of the preview server on loopback: concurrent requests (pages and 404s),
 * downloads aborted mid-body, and requests for files being replaced while they are served. The
 * server runs in a child process, so its open files and memory are its own.
 */
import { fork } from 'node:child_process';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LoadOptions {
  /** Requests sent at once (pages, assets and missing paths). */
  concurrent: number;
  /** Downloads of a large file cancelled after their first chunk. */
  aborted: number;
  /** Requests for files that are replaced while they are served. */
  replaced: number;
  /** How many times to run the three loads: memory that keeps growing from round to round is a leak. */
  rounds: number;
}

/** What the server's process looked like. */
export interface ServerStats {
  fds: number;
  peakFds: number;
  rss: number;
  /** JavaScript heap in use after a full GC: what a leak would grow. */
  heapUsed: number;
  /** Memory of Buffers and other objects outside the JavaScript heap. */
  external: number;
}

export interface LoadFigures {
  requests: number;
  /** Requests that failed: a 5xx answer or no answer at all. */
  errors: number;
  /** Why requests got no answer (error code or message → count). */
  reasons: Map<string, number>;
  /**
   * Responses for files being replaced whose body did not match their Content-Length because the
   * file changed size between stat and read (see CUT_SHORT): the client sees a broken response.
   */
  cutShort: number;
  /** Whether the server still answered its home page after the load. */
  answering: boolean;
  before: ServerStats;
  peakFds: number;
  /** The server after each round, once idle. */
  rounds: ServerStats[];
  after: ServerStats;
}

const PAGES = 50;
const BIG_FILE = 8 * 1024 * 1024;

/**
 * Pseudo-status of a response whose body did not match its Content-Length because the file changed
 * size between the server's stat and its read: cut short (connection closed), or, for a file that
 * was empty at stat, one byte more than announced (send reads at least one byte).
 */
const CUT_SHORT = -1;

/** One GET; resolves with the status, CUT_SHORT, or 0 when there was no answer. Aborts after the first chunk when asked. */
function get(url: string, abort = false, reasons?: Map<string, number>, changing = false): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false }, (res) => {
      if (abort) {
        res.once('data', () => {
          req.destroy();
          resolve(res.statusCode!);
        });
        res.on('end', () => resolve(res.statusCode!));
      } else {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
        // The body was cut short: the file changed size after its headers were sent.
        res.on('error', () => resolve(CUT_SHORT));
      }
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (changing && error.code === 'HPE_CLOSED_CONNECTION') return resolve(CUT_SHORT);
      const reason = error.code ?? error.message;
      reasons?.set(reason, (reasons.get(reason) ?? 0) + 1);
      resolve(0);
    });
    req.setTimeout(30_000, () => req.destroy());
    req.end();
  });
}

/** A folder like a built site: pages, a 404 page, a large file, and files to replace. */
async function makeSite(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'server-load-'));
  await writeFile(join(root, 'index.html'), '<!doctype html><p>首页</p>');
  await writeFile(join(root, '404.html'), '<!doctype html><p>页面不存在</p>');
  await writeFile(join(root, 'big.bin'), Buffer.alloc(BIG_FILE, 7));
  for (let i = 0; i < PAGES; i++) await writeFile(join(root, `page-${i}.html`), `<!doctype html><p>${'文'.repeat(2000 + i)}</p>`);
  return root;
}

/** Runs the three loads in turn (`rounds` times) against a fresh server process and returns its figures. */
export async function runServerLoad(options: LoadOptions): Promise<LoadFigures> {
  const root = await makeSite();
  const child = fork(new URL('./server-load-child.ts', import.meta.url), [root], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const replies: Array<(value: unknown) => void> = [];
  child.on('message', (m: unknown) => replies.shift()?.(m));
  const ask = <T>(message?: string) =>
    new Promise<T>((resolve) => {
      replies.push(resolve as (value: unknown) => void);
      if (message) child.send(message);
    });
  try {
    const { url } = await ask<{ url: string }>();
    const stats = async () => (await ask<ServerStats>('gc'), ask<ServerStats>('stats'));
    // Warm up, so the baseline includes what the first requests load once.
    for (let i = 0; i < 20; i++) await get(`${url}page-${i % PAGES}.html`);
    const before = await stats();
    await ask('reset');
    const statuses: number[] = [];
    const reasons = new Map<string, number>();

    const rounds: ServerStats[] = [];
    for (let round = 0; round < options.rounds; round++) {
      // 1. Concurrent requests: pages and missing paths, all at once.
      statuses.push(...(await Promise.all(Array.from({ length: options.concurrent }, (_, i) => get(i % 4 === 3 ? `${url}missing-${i}/${'x'.repeat(i % 500)}` : `${url}page-${i % PAGES}.html`, false, reasons)))));
      // 2. Downloads cancelled mid-body.
      statuses.push(...(await Promise.all(Array.from({ length: options.aborted }, () => get(`${url}big.bin`, true, reasons)))));
      // 3. Requests for files being replaced: removed and rewritten, or renamed over, while served.
      let replacing = true;
      const replacer = (async () => {
        for (let n = 0; replacing; n++) {
          const file = join(root, `page-${n % PAGES}.html`);
          if (n % 2) {
            await rm(file, { force: true });
            await writeFile(file, `<!doctype html><p>${n}</p>`);
          } else {
            await writeFile(`${file}.tmp`, `<!doctype html><p>${n}</p>`);
            await rename(`${file}.tmp`, file);
          }
        }
      })();
      statuses.push(...(await Promise.all(Array.from({ length: options.replaced }, (_, i) => get(`${url}page-${i % PAGES}.html`, false, reasons, true)))));
      replacing = false;
      await replacer;
      rounds.push(await stats());
    }

    const answering = (await get(url)) === 200;
    // Give closed connections a moment to release their files before the last count.
    let after = await stats();
    for (let i = 0; i < 50 && after.fds > before.fds; i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await stats();
    }
    const failed = statuses.filter((s) => s === 0 || s >= 500);
    const cutShort = statuses.filter((s) => s === CUT_SHORT).length;
    return { requests: statuses.length + 1, errors: failed.length + (answering ? 0 : 1), reasons, cutShort, answering, before, rounds, peakFds: after.peakFds, after };
  } finally {
    child.disconnect();
    await rm(root, { recursive: true, force: true });
  }
}
