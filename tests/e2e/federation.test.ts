/**
 * One search over several county sites, as a city portal uses it: the seed documents split into
 * three sites, each built on its own (CONTENT_DIR with its own site.yaml) and served on its own
 * loopback port, the first listing the others in `federation`, under the site's CSP. A fourth
 * listed site serves an index whose links leave its base, a fifth is down.
 */
import type { Browser, Page } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type RunningServer } from '../../src/tools/hosting/static-server.ts';
import { SearchClient } from '../../src/search/client/client.ts';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';
import { detectBuildSettings } from '../../src/tools/hosting/built-site.ts';
import { launchBrowser } from '../../src/tools/browser.ts';
import { runBuild } from './commands.ts';

const NAMES = ['本县人大常委会', '甲县人大常委会', '乙县人大常委会'];
const HOSTILE = '丙县人大常委会';
const DOWN = '丁县人大常委会';

let dir: string;
let browser: Browser;
const servers: RunningServer[] = [];
const dists: string[] = [];

/** A free loopback port (nothing listens on it once this returns). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The titles of the documents of `dist` that contain every term, from its own index read in Node. */
async function singleSite(dist: string, terms: string[], filters = {}): Promise<string[]> {
  const client = new SearchClient(join(dist, 'search-index/'), async (path) => gunzipSync(readFileSync(path)));
  const result = await client.search({ terms, filters, sort: 'relevance' });
  return Promise.all(result.docs.map(async (doc) => (await client.fragment(doc)).title));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'federation-e2e-'));
  // A duplicate names its original, which may land on another site: duplicates are left out.
  const documents = ['speeches', 'reports']
    .flatMap((c) => readdirSync(join('content', c)).sort().map((f) => [c, f] as const))
    .filter(([c, f]) => !/^duplicateOf:/m.test(readFileSync(join('content', c, f), 'utf8')));
  const contents = NAMES.map((_, s) => join(dir, `content-${s}`));
  documents.forEach(([collection, file], i) => {
    const target = join(contents[i % NAMES.length], collection);
    mkdirSync(target, { recursive: true });
    cpSync(join('content', collection, file), join(target, file));
  });
  // Addresses first: the first site's settings name the others', and the others' settings name the
  // first as a reader of their indexes (federationReaders), as a county configures it for its portal.
  const ports = await Promise.all(Array.from({ length: NAMES.length + 2 }, freePort));
  const url = (port: number) => `http://127.0.0.1:${port}/`;
  const first = url(ports[0]).slice(0, -1);
  const federation = [
    ...[NAMES[1], NAMES[2], HOSTILE].map((name, k) => ({ name, url: url(ports[k + 1]) })),
    { name: DOWN, url: url(ports[NAMES.length + 1]) },
  ];
  const settings = (s: number) =>
    `name: ${NAMES[s]}\n` +
    (s === 0 ? `federation:\n${federation.map((f) => `  - {name: ${f.name}, url: "${f.url}"}`).join('\n')}\n` : `federationReaders: ["${first}"]\n`);
  contents.forEach((content, s) => writeFileSync(join(content, 'site.yaml'), settings(s)));
  for (let s = 0; s <= NAMES.length; s++) dists.push(join(dir, `dist-${s}`));
  for (let s = 0; s < NAMES.length; s++) {
    const built = runBuild(contents[s], dists[s], { BASE_PATH: '/' });
    if (built.status !== 0) throw new Error(`build of site ${s} failed:\n${built.stdout}\n${built.stderr}`);
  }
  // The hostile site: the third site's index, its documents' links pointing out of its base.
  cpSync(dists[2], dists[3], { recursive: true });
  const index = join(dists[3], 'search-index');
  for (const segment of readdirSync(index).filter((name) => !name.startsWith('pack') && name !== 'meta.bin')) {
    readdirSync(join(index, segment))
      .filter((name) => /^d\d+\.bin$/.test(name))
      .forEach((name, k) => {
        const file = join(index, segment, name);
        const fragment = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
        fragment.url = ['javascript:alert(document.domain)', '../../etc/', 'http://evil.example/x/'][k % 3];
        writeFileSync(file, gzipSync(JSON.stringify(fragment)));
      });
  }
  // Each site served as `npm run preview` serves it: the CSP and the CORS readers it was built with.
  for (const [s, root] of dists.entries()) {
    const built = await detectBuildSettings(root);
    const csp = contentSecurityPolicy({ frameAncestors: built.portalOrigins, connectSources: built.connectSources });
    servers.push(await startStaticServer({ root, port: ports[s], headers: { 'content-security-policy': csp }, indexReaders: built.indexReaders }));
  }
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens `path` (search page or embed) of the first site with `query` and waits for the results to render. */
async function search(path: string, query: string): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${servers[0].url}${path}?${query}`);
  await page.waitForSelector('[data-search-count]');
  await page.waitForSelector('[data-search-root]:not([aria-busy="true"])');
  while (await page.locator('[data-search-more]').isVisible()) {
    const before = await page.locator('[data-search-result]').count();
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-result]').length > n, before);
  }
  return { page, violations };
}

/** The results on the page: site label, title, link. */
const results = (page: Page) =>
  page.locator('[data-search-result]').evaluateAll((items) =>
    items.map((li) => ({
      site: li.querySelector('[data-search-site]')?.textContent ?? '',
      title: li.querySelector('.search-result-title')?.textContent ?? '',
      href: li.querySelector('a.search-result-title')?.getAttribute('href') ?? null,
    })),
  );

describe('federated search over three county sites', () => {
  it('shows the union of every site’s exact results, labelled and linked to their sites, under the CSP', async () => {
    for (const query of ['人大', '代表', '监督']) {
      const { page, violations } = await search('search/', `q=${encodeURIComponent(query)}`);
      const shown = await results(page);
      const expected = [
        ...(await Promise.all([0, 1, 2].map(async (s) => (await singleSite(dists[s], [query])).map((t) => `${NAMES[s]} ${t}`)))).flat(),
        ...(await singleSite(dists[3], [query])).map((t) => `${HOSTILE} ${t}`),
      ];
      expect(shown.map((r) => `${r.site} ${r.title}`).sort()).toEqual(expected.sort());
      expect(Number(await page.locator('[data-search-count]').innerText())).toBe(expected.length);
      for (const r of shown.filter((x) => x.site !== HOSTILE)) {
        const s = NAMES.indexOf(r.site);
        expect(new URL(r.href!, servers[0].url).href.startsWith(servers[s].url)).toBe(true);
      }
      expect(violations).toEqual([]);
      await page.close();
    }
  });

  it('counts and filters by level across sites', async () => {
    const { page } = await search('search/', `q=${encodeURIComponent('人大')}&level=county`);
    const expected = (await Promise.all([0, 1, 2, 3].map((s) => singleSite(dists[s], ['人大'], { level: 'county' })))).flat();
    expect(Number(await page.locator('[data-search-count]').innerText())).toBe(expected.length);
    const option = await page.locator('select[data-search-facet="level"] option[value="county"]').innerText();
    expect(option).toContain(`（${expected.length}）`);
    const sites = new Set((await results(page)).map((r) => r.site));
    expect(sites.size).toBeGreaterThan(1);
    await page.close();
  });

  it('names the site that is down, and refuses the hostile site’s links', async () => {
    const { page } = await search('search/', `q=${encodeURIComponent('人大')}`);
    const notes = await page.locator('[data-search-failures] li').allInnerTexts();
    expect(notes).toEqual([`${DOWN}：无法访问（网络错误或未允许跨站读取），未包含其结果`]);
    const hostile = (await results(page)).filter((r) => r.site === HOSTILE);
    expect(hostile.length).toBeGreaterThan(0);
    expect(hostile.every((r) => r.href === null)).toBe(true);
    expect(await page.locator('a[href^="javascript:"], a[href*="evil.example"]').count()).toBe(0);
    expect(await page.locator('.search-result-refused').count()).toBe(hostile.length);
    await page.close();
  });

  it('federates the embeddable search too', async () => {
    const { page } = await search('embed/search/', `q=${encodeURIComponent('代表')}`);
    const sites = new Set((await results(page)).map((r) => r.site));
    expect([...sites].filter((s) => NAMES.includes(s)).length).toBe(3);
    await page.close();
  });

  it('lets only the listed reader read a county’s indexes, and nothing else of the site', async () => {
    const reader = servers[0].origin;
    const header = async (path: string, origin: string) =>
      (await fetch(`${servers[1].url}${path}`, { headers: { origin } })).headers.get('access-control-allow-origin');
    expect(await header('search-index/meta.bin', reader)).toBe(reader);
    expect(await header('search-index/meta.bin', 'http://evil.example')).toBeNull();
    expect(await header('pagefind/pagefind-entry.json', reader)).toBe(reader);
    expect(await header('', reader)).toBeNull();
  });
});
