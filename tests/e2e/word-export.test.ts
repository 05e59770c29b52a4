/**
 * 下载 Word on a document page of the built site (dist/), in headless Chromium under the site's
 * Content-Security-Policy: the export is fetched only on click, the downloaded .docx holds the
 * page's title, headings and text in order in the 公文 fonts (lists and tables as paragraphs);
 * without JavaScript there is no
 * button; in embed mode (?embed=1) the download works as well.
 */
import { readFile, readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../src/tools/browser.ts';
import { expectClean, watchContext } from './intranet-harness.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/hosting/static-server.ts';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';
import { docxText } from '../../src/ingest/decode/docx.ts';
import { openDocx, styleLook } from '../unit/helpers/docx-xml.ts';

let server: RunningServer;
let browser: Browser;
/** A document page with two heading levels (一、 and （一） in the sample corpus). */
let docPath: string;

beforeAll(async () => {
  server = await startStaticServer({ root: 'dist', headers: { 'content-security-policy': contentSecurityPolicy() } });
  browser = await launchBrowser();
  for (const id of await readdir('dist/docs', { withFileTypes: true })) {
    if (!id.isDirectory()) continue;
    const html = await readFile(`dist/docs/${id.name}/index.html`, 'utf8');
    const body = html.slice(html.indexOf('data-doc-body'));
    if (/<h2\b/.test(body) && /<h3\b/.test(body)) {
      docPath = `docs/${id.name}/`;
      break;
    }
  }
  expect(docPath, 'a document page with h2 and h3 headings').toBeDefined();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const button = (page: Page) => page.getByRole('button', { name: '下载 Word' });
const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Clicks 下载 Word and returns the downloaded file's name and bytes. */
async function download(page: Page): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button(page).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

describe('下载 Word', () => {
  it('downloads the page as a .docx in the 公文 layout, loading the export only on click, with no CSP violation', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const watch = await watchContext(context, [server.origin]);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(server.url + docPath, { waitUntil: 'load' });
    const loadedWithPage = scripts.length;
    const title = squash((await page.textContent('h1'))!);
    const body = (await page.locator('[data-doc-body] :is(h2, h3, h4, h5, h6, p)').allTextContents()).map(squash);
    const provenance = squash((await page.textContent('.provenance'))!);

    const { name, bytes } = await download(page);
    expect(name).toBe(`${title}.docx`);
    expect(scripts.length, 'the export is fetched on click').toBeGreaterThan(loadedWithPage);
    await expect.poll(() => page.textContent('[data-word-export-status]')).toContain('已生成');

    // The text as Word readers see it (mammoth): title first, then the body in order, the provenance last.
    const lines = (await docxText(name, bytes)).split('\n').map(squash).filter((l) => l !== '');
    expect(lines[0]).toBe(title);
    const start = lines.indexOf(body[0]);
    expect(lines.slice(start, start + body.length)).toEqual(body);
    expect(lines.slice(start + body.length)).toContain(provenance);

    const { paragraphs, styles } = await openDocx(bytes);
    const lookOf = (text: string) => styleLook(styles, paragraphs.find((p) => squash(p.text) === text)!.style);
    const [h2, h3] = await Promise.all(['h2', 'h3'].map(async (h) => squash((await page.locator(`[data-doc-body] ${h}`).first().textContent())!)));
    const paragraph = squash((await page.locator('[data-doc-body] p').last().textContent())!);
    expect(lookOf(title)).toMatchObject({ font: '方正小标宋简体', pt: 22, align: 'center' });
    expect(lookOf(h2)).toMatchObject({ font: '黑体', pt: 16 });
    expect(lookOf(h3)).toMatchObject({ font: '楷体_GB2312', pt: 16 });
    expect(lookOf(paragraph)).toMatchObject({ font: '仿宋_GB2312', pt: 16, firstLine: 640 });
    expectClean(watch, [server]);
    await context.close();
  });

  it('keeps lists (numbered when ordered), quotations and table rows of a hand-written document as paragraphs', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(server.url + docPath, { waitUntil: 'load' });
    await page.locator('[data-doc-body]').evaluate((body) => {
      body.insertAdjacentHTML(
        'beforeend',
        '<ol start="3"><li>第三项<ul><li>其中一点</li></ul></li><li>第四项</li></ol>' +
          '<blockquote><p>引用的一段话。</p></blockquote>' +
          '<table><thead><tr><th>乡镇</th><th>代表数</th></tr></thead><tbody><tr><td>平安镇</td><td>42</td></tr></tbody></table>',
      );
    });
    const lines = (await docxText('list.docx', (await download(page)).bytes)).split('\n');
    const end = lines.indexOf('3. 第三项');
    expect(lines.slice(end, end + 6)).toEqual(['3. 第三项', '其中一点', '4. 第四项', '引用的一段话。', '乡镇　代表数', '平安镇　42']);
    await context.close();
  });

  it('is not offered without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + docPath);
    expect(await page.locator('[data-doc-body] p').first().isVisible()).toBe(true);
    expect(await button(page).count()).toBe(0);
    await context.close();
  });

  it('works in embed mode (?embed=1) as well', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}${docPath}?embed=1`, { waitUntil: 'load' });
    const { bytes } = await download(page);
    expect((await docxText('embed.docx', bytes)).split('\n')[0]).toBe(squash((await page.textContent('h1'))!));
    await context.close();
  });
});
