/**
 * Shared pieces of the intranet browser tests (tests/e2e/intranet.test.ts): building the site for a
 * sub-path, watching everything a page requests and logs, and the smoke test that is run both on
 * the build and on the unpacked package.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '../../src/tools/hosting/static-server.ts';

const run = promisify(execFile);

/** The sub-path the tests build and serve the site under. */
import { acquireBuildLock, childEnv } from './commands.ts';

export const SUB_PATH = '/sub/dir/';

/** Runs an npm script (under the project's Node 24); rejects with its output when it fails. */
export async function runNpm(args: string[], env: Record<string, string> = {}): Promise<string> {
  try {
    const { stdout } = await run('npm', ['run', '--silent', ...args], {
      env: childEnv(env),
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`npm run ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

/** `astro build` for `base` into `outDir` (not dist/, so it does not fight other builds). */
export async function buildSite(base: string, outDir: string): Promise<void> {
  const release = acquireBuildLock();
  try {
    await runNpm(['build', '--', '--outDir', outDir], { BASE_PATH: base });
  } finally {
    release();
  }
}

/** What a browser context did that a test may assert on. */
export interface Watch {
  /** Requests to any origin other than the allowed ones. */
  foreign: string[];
  /** Responses with status ≥ 400, and requests that failed. */
  failed: string[];
  /** CSP violations (securitypolicyviolation events and console reports), from pages, frames and workers. */
  csp: string[];
  /** Uncaught errors and console errors. */
  errors: string[];
  /** URLs of the Web Workers started. */
  workers: string[];
}

const CSP_MESSAGE = /Content.Security.Policy|securitypolicyviolation/i;

/** Records requests, failures, console output and CSP violations of every page of `context`. */
export async function watchContext(context: BrowserContext, allowedOrigins: string[]): Promise<Watch> {
  const watch: Watch = { foreign: [], failed: [], csp: [], errors: [], workers: [] };
  await context.addInitScript(() => {
    addEventListener('securitypolicyviolation', (e) => {
      console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const onConsole = (text: string, type: string) => {
    if (CSP_MESSAGE.test(text)) watch.csp.push(text);
    else if (type === 'error') watch.errors.push(text);
  };
  const onPage = (page: Page) => {
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:', 'about:'].includes(url.protocol) && !allowedOrigins.includes(url.origin)) {
        watch.foreign.push(request.url());
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400) watch.failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? '';
      // ERR_ABORTED: the page was left before the request ended (a favicon while navigating on).
      if (reason !== 'net::ERR_ABORTED') watch.failed.push(`${reason} ${request.url()}`);
    });
    page.on('console', (message) => onConsole(message.text(), message.type()));
    page.on('pageerror', (error) => watch.errors.push(error.message));
    page.on('worker', (worker) => {
      watch.workers.push(worker.url());
      worker.on('console', (message) => onConsole(message.text(), message.type()));
    });
  };
  context.on('page', onPage);
  return watch;
}

/** Asserts that nothing was requested elsewhere, nothing failed and nothing 404'd on the server. */
export function expectClean(watch: Watch, servers: RunningServer[]): void {
  expect(watch.foreign, 'requests outside the site').toEqual([]);
  expect(watch.failed, 'failed requests').toEqual([]);
  expect(servers.flatMap((s) => s.notFound), 'paths answered 404').toEqual([]);
  expect(watch.csp, 'CSP violations').toEqual([]);
  expect(watch.errors, 'page errors').toEqual([]);
}

/** Query and filter the smoke test searches with; the sample corpus has 代表工作 in several topics. */
export const SMOKE_QUERY = '代表工作';

/**
 * What a reader does on the intranet, served at `server.url`: home → topic → document (by the
 * links on the pages), and a search with a filter whose first result leads to the highlighted
 * match. Asserts every page stays under the base path and nothing leaves the site or 404s.
 */
export async function smokeTest(browser: Browser, server: RunningServer): Promise<void> {
  const context = await browser.newContext();
  const watch = await watchContext(context, [server.origin]);
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);

    await followFirst(page, `a[href^="${new URL(server.url).pathname}topics/"]:not([href$="/topics/"])`);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${escape(new URL(server.url).pathname)}topics/[a-z0-9-]+/$`));
    await followFirst(page, `main a[href*="/docs/"]:not([href$="/docs/"])`);
    const docPath = new URL(page.url()).pathname;
    expect(docPath).toMatch(new RegExp(`^${escape(new URL(server.url).pathname)}docs/[a-z0-9-]+/$`));
    expect((await page.locator('h1').first().textContent())?.trim()).toBeTruthy();

    await searchWithFilter(page, server.url);
    expectClean(watch, [server]);
  } finally {
    await context.close();
  }
}

async function followFirst(page: Page, selector: string): Promise<void> {
  const link = page.locator(selector).first();
  await expect.poll(() => link.count(), { message: `a link matching ${selector} on ${page.url()}` }).toBe(1);
  const before = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== before), link.click()]);
}

/** Search page with a topic filter; the first result opens the document with the match highlighted. */
async function searchWithFilter(page: Page, siteUrl: string): Promise<void> {
  const countOf = async (href: string) => {
    await page.goto(href);
    const count = page.locator('[data-search-count]');
    await count.waitFor();
    await expect.poll(async () => Number((await count.textContent())?.trim())).toBeGreaterThan(0);
    return Number((await count.textContent())?.trim());
  };
  const q = encodeURIComponent(SMOKE_QUERY);
  const all = await countOf(`${siteUrl}search/?q=${q}`);
  const filtered = await countOf(`${siteUrl}search/?q=${q}&topic=deputies`);
  expect(filtered).toBeLessThanOrEqual(all);

  const first = page.locator('[data-search-result] a[href]').first();
  const href = (await first.getAttribute('href')) ?? '';
  expect(new URL(href, page.url()).pathname.startsWith(new URL(siteUrl).pathname)).toBe(true);
  await Promise.all([page.waitForURL((url) => url.pathname.includes('/docs/')), first.click()]);
  const mark = page.locator('main mark').first();
  await mark.waitFor();
  expect(SMOKE_QUERY.includes((await mark.textContent())?.trim() || '∅')).toBe(true);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One file of an archive as extracted. */
export interface ExtractedEntry {
  name: string;
  /** The zip's language-encoding flag (bit 11): names are UTF-8, as Windows Explorer expects. */
  utf8: boolean;
}

/** Extracts a zip into `dir` with yauzl (which refuses absolute and `..` names). */
export async function extractZip(zipPath: string, dir: string): Promise<ExtractedEntry[]> {
  const yauzl = (await import('yauzl')).default;
  const { createWriteStream } = await import('node:fs');
  const { mkdir } = await import('node:fs/promises');
  const { dirname, join } = await import('node:path');
  const { pipeline } = await import('node:stream/promises');
  const open = promisify(yauzl.open) as (path: string, options: import('yauzl').Options) => Promise<import('yauzl').ZipFile>;
  const zip = await open(zipPath, { lazyEntries: true });
  const entries: ExtractedEntry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: import('yauzl').Entry) => {
      entries.push({ name: entry.fileName, utf8: (entry.generalPurposeBitFlag & 0x800) !== 0 });
      const target = join(dir, entry.fileName);
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        mkdir(dirname(target), { recursive: true })
          .then(() => pipeline(stream, createWriteStream(target)))
          .then(() => zip.readEntry(), reject);
      });
    });
    zip.readEntry();
  });
  return entries;
}
