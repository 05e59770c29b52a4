/**
 * The Pagefind index `npm run build` writes, as a site that embeds Pagefind's own search would use
 * it: split into several bundles (forced here with PAGEFIND_BATCH_PAGES=8 on the sample corpus),
 * merged in the browser with mergeIndex() they cover every document; a rebuild after one document
 * changed re-indexes only that document's bundle and finds its new text.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../src/tools/hosting/static-server.ts';
import { launchBrowser } from '../../src/tools/browser.ts';
import { runBuild } from './commands.ts';

const work = mkdtempSync(join(tmpdir(), 'pagefind-e2e-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const env = { PAGEFIND_BATCH_PAGES: '8' };
let browser: Browser;

/** The documents of the content copy: [collection/file, text]. */
function documents(): [string, string][] {
  return ['speeches', 'reports'].flatMap((c) =>
    readdirSync(join(content, c)).map((f): [string, string] => [`${c}/${f}`, readFileSync(join(content, c, f), 'utf8')]),
  );
}

/** The documents search indexes: all but duplicates (their pages point to the canonical copy, which is indexed). */
const indexedDocuments = () => documents().filter(([, text]) => !/^duplicateOf:/m.test(text));

/** Builds the content copy; returns the line the search integration logs about Pagefind. */
function build(): string {
  const result = runBuild(content, dist, env);
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout.split('\n').find((l) => l.includes('Pagefind indexed')) ?? '';
}

/** Bundles of the built index: the main one and those merge.json lists. */
const bundleCount = (): number => 1 + JSON.parse(readFileSync(join(dist, 'pagefind/merge.json'), 'utf8')).length;

/** In Chromium: loads Pagefind with every bundle merged and runs `query`; returns the result URLs and the filter counts. */
async function pagefindSearch(query: string): Promise<{ urls: string[]; filters: Record<string, Record<string, number>> }> {
  const server = await startStaticServer({ root: dist });
  const page = await browser.newPage();
  try {
    await page.goto(server.url);
    // A string, not a function: Vitest would rewrite a function's import() for Node.
    return await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const merge = await (await fetch('/pagefind/merge.json')).json();
      for (const bundle of merge) await pagefind.mergeIndex('/pagefind/' + bundle);
      const search = await pagefind.search(${JSON.stringify(query)});
      const data = await Promise.all(search.results.map((r) => r.data()));
      return { urls: data.map((d) => d.url), filters: await pagefind.filters() };
    })()`);
  } finally {
    await page.close();
    await server.close();
  }
}

beforeAll(async () => {
  for (const entry of ['speeches', 'reports', 'topics.yaml', 'noise.yaml', 'eras.yaml', 'places.yaml', 'scope.yaml']) {
    cpSync(join('content', entry), join(content, entry), { recursive: true });
  }
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('Pagefind index in bundles', () => {
  it('covers every document across its merged bundles', async () => {
    const docs = indexedDocuments();
    const log = build();
    const bundles = bundleCount();
    expect(bundles).toBeGreaterThan(1);
    expect(log).toContain(`Pagefind indexed ${docs.length} pages in ${bundles} bundle(s), 0 reused`);
    // Every document has exactly one kind: the kind filter counts add up to all documents.
    const { filters } = await pagefindSearch('人大');
    expect(Object.values(filters.kind).reduce((a, b) => a + b, 0)).toBe(docs.length);
  }, 240_000);

  it('re-indexes only the bundle of a changed document, and finds its new text', async () => {
    const [file, text] = indexedDocuments()[0];
    writeFileSync(join(content, file), `${text}\n翡翠蝴蝶兰标本馆。\n`);
    const bundles = bundleCount();
    expect(build()).toContain(`in ${bundles} bundle(s), ${bundles - 1} reused`);
    const { urls } = await pagefindSearch('蝴蝶兰');
    const id = file.replace(/^.*\/|\.mdx?$/g, '');
    expect(urls).toEqual([`/docs/${id}/`]);
  }, 240_000);
});
