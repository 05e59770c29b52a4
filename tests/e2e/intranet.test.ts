/**
 * Intranet hosting (issue 5), in headless Chromium: the site built for /sub/dir/ and served there,
 * under the documented Content-Security-Policy, embedded in a portal page on another port, and
 * unpacked from the package archive.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchBrowser } from '../../src/tools/browser.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/hosting/static-server.ts';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';
import { portalSnippet } from '../../src/lib/embed-snippet.ts';
import { isHeightMessage, type HeightMessage } from '../../src/lib/embed-protocol.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import {
  SMOKE_QUERY,
  SUB_PATH,
  buildSite,
  expectClean,
  extractZip,
  runNpm,
  smokeTest,
  watchContext,
} from './intranet-harness.ts';

/** Origin the links are resolved against: SITE_URL, or a stand-in for a build without it (which writes paths only). */
const SITE_ORIGIN = new URL(process.env.SITE_URL || 'http://site.invalid').origin;
/** How the sitemap writes a page address: absolute under SITE_URL, else the path. */
const SITEMAP_PREFIX = process.env.SITE_URL ? `${SITE_ORIGIN}${SUB_PATH}` : SUB_PATH;

let work: string;
let outDir: string;
let browser: Browser;
const servers: RunningServer[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'rdzl-intranet-'));
  outDir = join(work, 'build');
  [browser] = await Promise.all([launchBrowser(), buildSite(SUB_PATH, outDir)]);
}, 240_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** A static server for this test file, closed after all tests. */
async function serve(root: string, headers?: Record<string, string>, base = SUB_PATH): Promise<RunningServer> {
  const server = await startStaticServer({ root, base, headers });
  servers.push(server);
  return server;
}

async function builtPages(): Promise<string[]> {
  return (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
}

describe('the build for a sub-path', () => {
  it('links, assets and form targets of every page stay under /sub/dir/ and exist', async () => {
    const broken: string[] = [];
    for (const file of await builtPages()) {
      const html = await readFile(join(outDir, file), 'utf8');
      const pageUrl = new URL(`${SUB_PATH}${file.replace(/index\.html$/, '')}`, SITE_ORIGIN);
      for (const [, attr, value] of html.matchAll(/\s(href|src|action|content)="([^"]*)"/g)) {
        if (attr === 'content' && !/^(\/|https?:)/.test(value)) continue;
        if (/^(mailto:|tel:|javascript:|data:)/.test(value)) continue;
        const target = new URL(value.replace(/&amp;/g, '&'), pageUrl);
        if (target.origin !== SITE_ORIGIN) continue;
        if (!target.pathname.startsWith(SUB_PATH)) {
          broken.push(`${file}: ${attr}="${value}" is outside ${SUB_PATH}`);
          continue;
        }
        const rel = decodeURIComponent(target.pathname.slice(SUB_PATH.length));
        const path = join(outDir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
        if (!existsSync(path)) broken.push(`${file}: ${attr}="${value}" has no file ${rel || '(home)'}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('sitemaps list page addresses under /sub/dir/ (and the site URL when set, never a guessed host)', async () => {
    const outside: string[] = [];
    for (const file of (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.xml'))) {
      for (const [, loc] of (await readFile(join(outDir, file), 'utf8')).matchAll(/<loc>([^<]+)<\/loc>/g)) {
        if (!loc.startsWith(SITEMAP_PREFIX)) outside.push(`${file}: ${loc}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('needs nothing inline: no inline script, <style>, style attribute or on… handler in any page', async () => {
    const inline: string[] = [];
    for (const file of await builtPages()) {
      const html = await readFile(join(outDir, file), 'utf8');
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
        if (!/\ssrc=/.test(tag) && !/type="application\/(ld\+)?json"/.test(tag)) inline.push(`${file}: ${tag}`);
      }
      for (const [found] of html.matchAll(/<style\b[^>]*>|<[a-z][^>]*\s(style|on[a-z]+)="[^"]*"/g)) {
        inline.push(`${file}: ${found.slice(0, 120)}`);
      }
    }
    expect(inline).toEqual([]);
  });
});

describe('a reader on the intranet', () => {
  it('browses home → topic → document (and searches) under /sub/dir/ with no 404 and no request elsewhere', async () => {
    await smokeTest(browser, await serve(outDir));
  });
});

describe('the documented Content-Security-Policy', () => {
  it('reports violations in this harness (control: an inline script is refused)', async () => {
    const root = join(work, 'csp-control');
    await rm(root, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(root));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title><script>document.title = "ran"</script>');
    const server = await serve(root, { 'content-security-policy': contentSecurityPolicy() }, '/');
    const context = await browser.newContext();
    const watch = await watchContext(context, [server.origin]);
    const page = await context.newPage();
    await page.goto(server.url);
    await expect.poll(() => watch.csp.length).toBeGreaterThan(0);
    expect(await page.title()).toBe('x');
    await context.close();
  });

  it('lets every page type, the embed pages and the search run with no violation', async () => {
    const csp = contentSecurityPolicy();
    const server = await serve(outDir, { 'content-security-policy': csp });
    const context = await browser.newContext();
    const watch = await watchContext(context, [server.origin]);
    const page = await context.newPage();
    const firstDoc = (await readdir(join(outDir, 'docs')))[0];
    const paths = ['', 'about/', 'embed/', 'embed/search/', 'embed/topics/', `docs/${firstDoc}/`, 'about/?embed=1'];
    for (const path of paths) {
      const response = await page.goto(server.url + path);
      expect(response?.headers()['content-security-policy']).toBe(csp);
      await page.waitForLoadState('load');
    }
    // The search fetches and unzips its index shards (DecompressionStream) under the policy.
    await page.goto(`${server.url}search/?q=${encodeURIComponent(SMOKE_QUERY)}`);
    await page.locator('[data-search-result]').first().waitFor();
    // Stylesheets really applied (a blocked stylesheet would leave the embed chrome visible).
    await page.goto(`${server.url}about/?embed=1`);
    await expect.poll(() => page.locator('[data-site-chrome]').first().isVisible()).toBe(false);
    expectClean(watch, [server]);
    await context.close();
  });
});

describe('embedding in a portal page on another origin', () => {
  let site: RunningServer;
  let host: RunningServer;

  beforeAll(async () => {
    const hostRoot = join(work, 'portal');
    await import('node:fs/promises').then((fs) => fs.mkdir(hostRoot, { recursive: true }));
    host = await serve(hostRoot, undefined, '/');
    const frameAncestors = [host.origin];
    site = await serve(outDir, { 'content-security-policy': contentSecurityPolicy({ frameAncestors }) });
    const pages: Record<string, string> = {
      'topics.html': 'embed/topics/',
      'topics-blank.html': 'embed/topics/?target=_blank',
      'search.html': 'embed/search/',
      'about.html': 'about/?embed=1',
    };
    for (const [file, path] of Object.entries(pages)) {
      const snippet = portalSnippet({ src: site.url + path, id: 'kb', title: '人大工作实务知识库' });
      await writeFile(
        join(hostRoot, file),
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>门户</title></head><body>
<h1>县政府门户</h1>
<script>window.heightMessages = []; addEventListener('message', (e) => heightMessages.push({ origin: e.origin, data: e.data }));</script>
${snippet}
<p>门户页脚</p></body></html>`,
      );
    }
  });

  async function openPortal(file: string, width = 1280) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const watch = await watchContext(context, [host.origin, site.origin]);
    const page = await context.newPage();
    await page.goto(host.url + file);
    const frame = await frameOf(page);
    return { context, watch, page, frame };
  }

  async function frameOf(page: Page): Promise<Frame> {
    const handle = await page.waitForSelector('iframe#kb');
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('iframe has no frame');
    await frame.waitForLoadState('load');
    return frame;
  }

  const messages = (page: Page) =>
    page.evaluate(() => (window as unknown as { heightMessages: Array<{ origin: string; data: unknown }> }).heightMessages);

  async function lastHeight(page: Page): Promise<HeightMessage> {
    const all = await messages(page);
    const last = all.filter((m) => isHeightMessage(m.data)).at(-1);
    if (!last) throw new Error('no height message');
    expect(last.origin).toBe(site.origin);
    return last.data as HeightMessage;
  }

  const iframeHeight = (page: Page) => page.locator('iframe#kb').evaluate((el) => el.getBoundingClientRect().height);

  it('the documented snippet sizes the iframe from the height messages, which follow the content', async () => {
    const { context, watch, page, frame } = await openPortal('topics.html');
    await expect.poll(async () => (await messages(page)).length).toBeGreaterThan(0);
    const wide = await lastHeight(page);
    expect(wide.path).toBe(`${SUB_PATH}embed/topics/`);
    await expect.poll(() => iframeHeight(page)).toBe(wide.height);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(wide.height);

    // On a phone the topic grid becomes one column: taller, and the iframe follows.
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(async () => (await lastHeight(page)).height).toBeGreaterThan(wide.height);
    const narrow = await lastHeight(page);
    await expect.poll(() => iframeHeight(page)).toBe(narrow.height);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(narrow.height);
    expectClean(watch, [site, host]);
    await context.close();
  });

  it('links open outside the frame: in the portal window by default, in a new tab with ?target=_blank', async () => {
    const byDefault = await openPortal('topics.html');
    const targets = await byDefault.frame.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('target')));
    expect(targets.length).toBeGreaterThan(1);
    expect(new Set(targets)).toEqual(new Set(['_parent']));
    // Following one replaces the portal page itself.
    await Promise.all([
      byDefault.page.waitForURL(site.url),
      byDefault.frame.locator('.embed-footer a').click(),
    ]);
    expectClean(byDefault.watch, [site, host]);
    await byDefault.context.close();

    const blank = await openPortal('topics-blank.html');
    const rels = await blank.frame.$$eval('a[href]', (links) => (links as HTMLAnchorElement[]).map((a) => `${a.target} ${a.rel}`));
    expect(new Set(rels)).toEqual(new Set(['_blank noopener']));
    await blank.context.close();
  });

  it('?embed=1 shows a normal page without the site chrome and reports its height', async () => {
    const { context, watch, page, frame } = await openPortal('about.html');
    await expect.poll(async () => (await messages(page)).length).toBeGreaterThan(0);
    expect((await lastHeight(page)).path).toBe(`${SUB_PATH}about/`);
    expect(await frame.locator('[data-site-chrome]').first().isVisible()).toBe(false);
    expect(await frame.locator('h1').first().isVisible()).toBe(true);
    expectClean(watch, [site, host]);
    await context.close();
  });

  it('a query in the embedded search shows results whose links open in the portal window', async () => {
    const { context, watch, page, frame } = await openPortal('search.html');
    await expect.poll(async () => (await messages(page)).length).toBeGreaterThan(0);
    const before = (await lastHeight(page)).height;
    await frame.locator('input[name="q"]').fill(SMOKE_QUERY);
    await frame.locator('input[name="q"]').press('Enter');
    const results = (await frameOf(page)).locator('[data-search-result] a[href]');
    await results.first().waitFor();
    const targets = await results.evaluateAll((links) => links.map((a) => a.getAttribute('target')));
    expect(new Set(targets)).toEqual(new Set(['_parent']));
    await expect.poll(async () => (await lastHeight(page)).height).toBeGreaterThan(before);
    await expect.poll(() => iframeHeight(page)).toBe((await lastHeight(page)).height);
    expectClean(watch, [site, host]);
    await context.close();
  });
});

describe('the package', () => {
  it('unpacked into an empty folder and served under /sub/dir/, passes the same smoke test', async () => {
    const out = join(work, 'package');
    await runNpm(['package', '--', '--dist', outDir, '--out', out, '--date', '20260101']);
    const unpacked = await mkdtemp(join(work, 'unpacked-'));
    const entries = await extractZip(join(out, 'rdzl-20260101.zip'), unpacked);

    const siteFiles = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
    const packed = entries.filter((e) => e.name.startsWith('rdzl-20260101/site/'));
    expect(packed.length).toBe(siteFiles.length + 1); // + web.config

    const note = await readFile(join(unpacked, 'rdzl-20260101', '部署说明.txt'));
    expect(entries.find((e) => e.name.endsWith('部署说明.txt'))?.utf8).toBe(true);
    expect([...note.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = note.toString('utf8');
    const csp = contentSecurityPolicy({ frameAncestors: loadSiteConfig().embed.portalOrigins });
    expect(text).toContain(`Content-Security-Policy: ${csp}`);
    expect(text).toContain(`location ${SUB_PATH} {`);
    for (const ext of ['.pf_meta', '.pf_index', '.pf_fragment', '.pagefind', '.wasm']) expect(text).toContain(ext);
    const webConfig = await readFile(join(unpacked, 'rdzl-20260101', 'site', 'web.config'), 'utf8');
    expect(webConfig).toContain(`${SUB_PATH}404.html`);

    await smokeTest(browser, await serve(join(unpacked, 'rdzl-20260101', 'site'), { 'content-security-policy': csp }));
  });

  it('refuses to pack a folder that holds no built site, naming it', async () => {
    const empty = await mkdtemp(join(work, 'empty-'));
    await expect(runNpm(['package', '--', '--dist', empty, '--out', join(work, 'nothing')])).rejects.toThrow(
      new RegExp(`${empty}: 这里没有构建好的站点（缺少 index.html）；请先运行 npm run build`),
    );
    expect(existsSync(join(work, 'nothing'))).toBe(false);
  });
});

describe('npm run preview', () => {
  it('serves the build under the base path it was built for, with the documented CSP', async () => {
    const child = spawn(process.execPath, ['scripts/preview.ts', '--dist', outDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const found = /(http:\/\/[^\s（]+)/.exec(out);
          if (found) resolve(found[1]);
        });
        child.on('exit', (code) => reject(new Error(`preview exited with ${code}: ${out}`)));
      });
      expect(new URL(url).pathname).toBe(SUB_PATH);
      const home = await fetch(url);
      expect(home.status).toBe(200);
      expect(home.headers.get('content-security-policy')).toBe(
        contentSecurityPolicy({ frameAncestors: loadSiteConfig().embed.portalOrigins }),
      );
      expect((await fetch(new URL('/', url))).status).toBe(404);
    } finally {
      child.kill();
    }
  });
});
