/**
 * Metadata is text everywhere the site shows it: titles, summaries, places, speakers and the other
 * frontmatter strings, set to HTML and MDX that would run if any page inserted them unescaped.
 * Every built page is opened in Chromium; nothing may run there or at build time, and no page's
 * HTML may carry the markup as markup. The crawl covers whatever pages the site has (lists, topic
 * pages, citation and embed pages), so a new page that inserts metadata raw fails here.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../../src/tools/hosting/static-server.ts';
import { launchBrowser } from '../../src/tools/browser.ts';
import { runBuild, runIngest } from './commands.ts';

/** Markup that runs `window.__pwned = where` when inserted as HTML, and an MDX expression writing the canary. */
/** (Without spaces, so a title line is not split at them.) */
const attack = (where: string, canary: string) =>
  `<img/src=x/onerror="window.__pwned='${where}'"></script><script>window.__pwned='${where}'</script>` +
  `<svg/onload="window.__pwned='${where}'"></svg>{process.getBuiltinModule('node:fs').writeFileSync('${canary}','${where}')}` +
  `'"><b>&amp;`;

/** The raw markup above, as it must never appear in a page's HTML. */
const RAW = /<img\/src=x|<script>window\.__pwned|<svg\/onload/;

describe('hostile metadata on every page', () => {
  const root = mkdtempSync(join(tmpdir(), 'hostile-meta-'));
  const canary = join(root, 'CANARY');
  const dist = join(root, 'dist');
  let browser: Browser;
  let build: ReturnType<typeof runBuild>;

  beforeAll(async () => {
    const input = join(root, 'in');
    const content = join(root, 'content');
    mkdirSync(input);
    // Title and summary derived from the text (a long first line gives a derived, shortened title).
    writeFileSync(
      join(input, 'doc-00.txt'),
      `关于依法履职的讲话${attack('title', canary)}\n人大代表依法履职${attack('summary', canary)}。监督工作扎实推进。\n正文第二段。\n`,
    );
    writeFileSync(join(input, 'doc-01.txt'), '关于监督工作的讲话\n监督工作要依法进行。要增强实效。\n');
    mkdirSync(content);
    // The other strings an editor may set by hand.
    const fields = ['subtitle', 'speaker', 'organ', 'byline', 'dateline', 'yearConflict'];
    const override = [
      'doc-00-01:',
      `  title: ${JSON.stringify(`关于依法履职的讲话${attack('override-title', canary)}`)}`,
      'doc-01-01:',
      ...fields.map((f) => `  ${f}: ${JSON.stringify(attack(f, canary))}`),
      `  summary: ${JSON.stringify(attack('override-summary', canary))}`,
      `  place: {name: ${JSON.stringify(attack('place', canary))}, province: ${JSON.stringify(attack('province', canary))}}`,
      `  era: {from: 2006, to: 2010, basis: [${JSON.stringify(attack('era', canary))}]}`,
    ].join('\n');
    writeFileSync(join(content, 'overrides.yaml'), `${override}\n`);
    const ingest = runIngest(input, '--out', content);
    expect(ingest.status, ingest.stderr).toBe(0);
    build = runBuild(content, dist);
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    if (!process.env.KEEP_HOSTILE) rmSync(root, { recursive: true, force: true });
  });

  const pages = () =>
    (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).sort();

  it('builds without running the expressions in the metadata', () => {
    expect(build.status, build.stderr).toBe(0);
    expect(existsSync(canary), 'an expression in the metadata ran at build time').toBe(false);
    expect(pages().length).toBeGreaterThan(2);
  });

  it('no page carries the metadata as markup', () => {
    // Inside a double-quoted attribute value `<` is plain text (the quotes are escaped), so only
    // markup outside attribute values counts.
    const outsideAttributes = (html: string) => html.replace(/="[^"]*"/g, '=""');
    const raw = pages().filter((page) => RAW.test(outsideAttributes(readFileSync(join(dist, page), 'utf8'))));
    expect(raw).toEqual([]);
  });

  it('nothing runs in the browser on any page', async () => {
    const server = await startStaticServer({ root: dist });
    const page = await browser.newPage();
    const events: string[] = [];
    let current = '';
    page.on('dialog', (dialog) => {
      events.push(`${current}: dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => events.push(`${current}: page error ${error.message}`));
    try {
      for (const file of pages()) {
        current = relative(dist, join(dist, file));
        await page.goto(`${server.url}${file.replace(/index\.html$/, '')}`);
        const pwned = await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned);
        if (pwned !== undefined) events.push(`${current}: window.__pwned = ${String(pwned)}`);
      }
    } finally {
      await page.close();
      await server.close();
    }
    expect(events).toEqual([]);
  });
});
