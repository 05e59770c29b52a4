/**
 * Search that never leaves a user empty-handed (issue 14), in headless Chromium on the site the
 * global setup built (dist/, the seed documents): query normalization (Traditional characters,
 * direction marks, a huge paste), input methods, related results, suggestions, the lists'
 * badges, the view kept across Back and reload, and no JavaScript or an old browser.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listedDocs, readCorpus } from './corpus.ts';
import { useSiteBrowser } from './site-browser.ts';

const docs = readCorpus();
const site = useSiteBrowser();

/** Waits until the search UI is idle (exact results, related results and suggestions rendered). */
const idle = (page: Page) =>
  page.waitForSelector('[data-search-root]:not([aria-busy="true"]) :is([data-search-count], [data-search-error])');

/** Opens /search/?q=… and waits until it is idle. */
async function search(q: string, page?: Page): Promise<Page> {
  page ??= await site.browser.newPage();
  await page.goto(`${site.server.url}search/?q=${encodeURIComponent(q)}`);
  await idle(page);
  return page;
}

const hrefs = (page: Page, selector: string) =>
  page.locator(`${selector} > a.search-result-title`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const count = async (page: Page) => Number(await page.locator('[data-search-count]').innerText());

describe('query normalization', () => {
  it('finds for a Traditional query the same documents as for its Simplified form', async () => {
    const page = await site.browser.newPage();
    for (const [traditional, simplified] of [['人大監督', '人大监督'], ['選舉', '选举'], ['執法檢查', '执法检查']]) {
      await search(simplified, page);
      const expected = { n: await count(page), docs: await hrefs(page, '[data-search-result]') };
      await search(traditional, page);
      expect({ n: await count(page), docs: await hrefs(page, '[data-search-result]') }).toEqual(expected);
    }
    await page.close();
  });

  it('ignores direction marks and bidi controls pasted from Word', async () => {
    const page = await search('代表');
    const expected = await count(page);
    expect(expected).toBeGreaterThan(0);
    await search('代\u200e表\u202c', page);
    expect(await count(page)).toBe(expected);
    await page.close();
  });

  it('puts only what is searched into the URL, so a huge paste still reloads', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/`);
    await page.waitForSelector('[data-search-status]:not(:empty)');
    await page.locator('[data-search-primary]').fill(`代表 ${'人大工作'.repeat(5000)}`);
    await page.locator('[data-search-primary]').press('Enter');
    await page.waitForURL(/q=/);
    expect(page.url().length).toBeLessThan(2000);
    const response = await page.reload();
    expect(response?.status()).toBe(200);
    await idle(page);
    expect(await page.locator('[data-search-status]').innerText()).toContain('代表');
    await page.close();
  });
});

describe('input methods', () => {
  it('runs nothing and leaves the URL alone while a composition is open (CDP Input.imeSetComposition)', async () => {
    const page = await search('代表');
    const before = { url: page.url(), status: await page.locator('[data-search-status]').innerText() };
    const cdp = await page.context().newCDPSession(page);
    await page.locator('[data-search-primary]').selectText();
    await cdp.send('Input.imeSetComposition', { text: 'dai', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.imeSetComposition', { text: 'daibiao', selectionStart: 7, selectionEnd: 7 });
    await page.waitForTimeout(600); // longer than the typing delay
    expect(await page.locator('[data-search-primary]').inputValue()).toBe('daibiao');
    expect(page.url()).toBe(before.url);
    expect(await page.locator('[data-search-status]').innerText()).toBe(before.status);
    await cdp.send('Input.insertText', { text: '选举' });
    await page.waitForURL((url) => url.searchParams.get('q') === '选举');
    await idle(page);
    expect(await page.locator('[data-search-status]').innerText()).toContain('选举');
    await page.close();
  });
});

describe('related results', () => {
  it('shows documents with the words of a phrase that matches nothing, all words first', async () => {
    const page = await search('乡镇人大主席团的职责');
    expect(await count(page)).toBe(0);
    const section = page.locator('[data-search-related-section]');
    await expect(section.getByRole('heading').innerText()).resolves.toBe('相关结果：包含全部或部分词语的文档');
    const words = await page.locator('[data-search-related] [data-search-words]').allInnerTexts();
    expect(words.length).toBeGreaterThan(0);
    // All-words results (no "不含") come before some-words ones.
    const some = words.findIndex((w) => w.includes('不含'));
    if (some >= 0) expect(words.slice(some).every((w) => w.includes('不含'))).toBe(true);
    expect(words[0]).toMatch(/^包含词语：乡镇、人大、主席、职责$/);
    await page.close();
  });

  it('adds related results below few exact ones, never the same document twice', async () => {
    const page = await search('乡镇人大主席团');
    const exact = await hrefs(page, '[data-search-result]');
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.length).toBeLessThan(10);
    const related = await hrefs(page, '[data-search-related]');
    expect(related.length).toBeGreaterThan(0);
    expect(related.filter((h) => exact.includes(h))).toEqual([]);
    // The exact list is the exact list: every exact result contains the query, marked.
    for (const text of await page.locator('[data-search-result]').allInnerTexts()) expect(text.replace(/\s/g, '')).toContain('乡镇人大主席团');
    await page.close();
  });

  it('suggests shorter parts of the query that match, with counts, and matching topics', async () => {
    const page = await search('乡镇人大主席团的职责');
    const suggestions = await page.locator('[data-search-suggestions]').innerText();
    expect(suggestions).toMatch(/查找“乡镇人大主席团”：\d+ 篇/);
    expect(await page.locator('[data-search-topic]').allInnerTexts()).toContain('乡镇人大工作');
    await page.getByRole('link', { name: '查找“乡镇人大主席团”' }).click();
    await page.waitForFunction(() => Number(document.querySelector('[data-search-count]')?.textContent) > 0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('乡镇人大主席团');
    await page.close();
  });
});

describe('result lists', () => {
  it('leaves duplicates out and badges off-topic material as the lists do', async () => {
    const duplicate = docs.find((d) => d.data.duplicateOf)!;
    const offTopic = listedDocs(docs).find((d) => !d.data.onTopic)!;
    let page = await search(duplicate.data.title);
    const found = await hrefs(page, ':is([data-search-result], [data-search-related])');
    expect(found).toContain(`/docs/${duplicate.data.duplicateOf}/`);
    expect(found).not.toContain(`/docs/${duplicate.id}/`);
    await page.close();
    page = await search(offTopic.data.title);
    const item = page.locator('[data-search-result]', { has: page.locator(`a[href^="/docs/${offTopic.id}/"]`) }).first();
    await expect(item.locator('.tag').allInnerTexts()).resolves.toContain('相关资料');
    await page.close();
  });

  it('shows a doubtful year as doubtful, as the lists do', async () => {
    const doubtful = listedDocs(docs).find((d) => d.data.yearConflict)!;
    const page = await search(doubtful.data.title);
    const item = page.locator('[data-search-result]', { has: page.locator(`a[href^="/docs/${doubtful.id}/"]`) }).first();
    expect(await item.locator('.search-result-meta').innerText()).toContain('年份存疑');
    await page.close();
  });

  it('lists up to three sections where the query occurs, each linked to the highlighted match', async () => {
    const page = await search('代表');
    const sections = page.locator('[data-search-result] [data-search-section]');
    expect(await sections.count()).toBeGreaterThan(0);
    for (const item of await page.locator('[data-search-result]').all()) {
      expect(await item.locator('[data-search-section]').count()).toBeLessThanOrEqual(3);
    }
    const href = new URL((await sections.first().getAttribute('href'))!, site.server.url);
    expect(href.searchParams.get('hl')).toBe('代表');
    expect(href.hash.length).toBeGreaterThan(1);
    await sections.first().click();
    await page.waitForSelector('mark[data-search-current]');
    await page.close();
  });
});

describe('search dialog on every page', () => {
  const active = (page: Page) => page.evaluate(() => ({ id: document.activeElement?.id, inDialog: !!document.activeElement?.closest('dialog[open]') }));

  it('opens with Ctrl+K, shows results as one types, and opens the chosen one with ↓ and Enter', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}topics/`);
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[open]');
    await page.keyboard.type('选举');
    await page.waitForSelector('dialog[open] [role="option"]');
    const input = page.locator('[data-search-dialog-input]');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(new URL((await page.locator('[data-search-dialog-full]').getAttribute('href'))!, site.server.url).searchParams.get('q')).toBe('选举');
    await page.keyboard.press('ArrowDown');
    const first = page.locator('[role="option"]').first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/docs/') && url.searchParams.get('hl') === '选举');
    await page.waitForSelector('mark[data-search-highlight]');
    await page.close();
  });

  it('keeps focus inside while open, and Esc returns it to where it was', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}docs/`);
    await page.locator('#site-search-q').click();
    await page.waitForSelector('dialog[open]');
    await page.keyboard.type('代表');
    await page.waitForSelector('dialog[open] [role="option"]');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect((await active(page)).inDialog).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' }).catch(() => undefined);
    expect(await page.locator('dialog[data-search-dialog]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect((await active(page)).id).toBe('site-search-q');
    expect(await page.locator('#site-search-q').inputValue()).toBe('代表');
    await page.close();
  });

  it('opens with "/" from a document page, typed text going into its box', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}docs/${listedDocs(docs)[0].id}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('监督');
    await page.waitForSelector('dialog[open] [role="option"]');
    expect(await page.locator('[data-search-dialog-input]').inputValue()).toBe('监督');
    await page.close();
  });
});

describe('the view across navigation', () => {
  it('restores the results shown and the scroll position after Back and after reload', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 700 } });
    await search('人大', page);
    await page.locator('[data-search-more]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-result]').length > 6);
    const shown = await page.locator('[data-search-result]').count();
    await page.locator('[data-search-result]').nth(shown - 2).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const scroll = await page.evaluate(() => window.scrollY);
    expect(scroll).toBeGreaterThan(300);
    await page.locator('[data-search-result] > a').nth(shown - 2).click();
    await page.waitForURL(/\/docs\//);
    await page.goBack();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-result]').length === n, shown);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, scroll);
    await page.reload();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-result]').length === n, shown);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, scroll);
    await page.close();
  });
});

describe('without JavaScript or with an old browser', () => {
  it('explains in Chinese that full-text search needs JavaScript and links to browsing', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('代表')}`);
    const note = page.locator('.search-noscript');
    expect(await note.innerText()).toContain('全文搜索需要 JavaScript');
    const links = await note.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(expect.arrayContaining(['/topics/', '/docs/', '/levels/', '/years/']));
    await context.close();
  });

  it('says in Chinese, not with an English exception, that the browser lacks DecompressionStream', async () => {
    const page = await site.browser.newPage();
    await page.addInitScript(() => {
      delete (window as { DecompressionStream?: unknown }).DecompressionStream;
    });
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('代表')}`);
    const status = page.locator('[data-search-error]');
    await status.waitFor();
    const text = await status.innerText();
    expect(text).toContain('浏览器');
    expect(text).not.toMatch(/[A-Za-z]{3,} is not/);
    await page.close();
  });
});
