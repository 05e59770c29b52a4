/**
 * The search as a user meets it, in headless Chromium, on a site built under /sub/dir/ with
 * fixture documents (tests/e2e/search-fixture.ts): exact matches only, counts, filters, paging,
 * suggestions on empty results, highlighting on the target page, and text that looks like HTML.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/tools/browser.ts';
import { BASE, buildFixtureSite, XSS_TITLE, type BuiltSite } from './search-fixture.ts';

let site: BuiltSite;
let browser: Browser;

beforeAll(async () => {
  site = await buildFixtureSite();
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the search page with `query` (e.g. `q=…&level=…`) and waits for the count and the first results. */
async function search(query: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('dialog', () => {
    throw new Error('a dialog opened: script from document text ran');
  });
  await page.goto(`${site.server.url}search/?${query}`);
  await page.waitForSelector("[data-search-count]");
  // The count shows before the first page of results has loaded; wait until rendering is done.
  await page.waitForSelector('[data-search-root]:not([aria-busy="true"])');
  return page;
}

const count = async (page: Page) => Number(await page.locator('[data-search-count]').innerText());
const titles = (page: Page) => page.locator('[data-search-result] > a').allInnerTexts();
const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe('search page', () => {
  it('finds a phrase typed without spaces in exactly the documents that contain it', async () => {
    const page = await search(q('青松翠柏常青藤'));
    // a has it, b has it with a space inside; c only has the parts.
    expect(await count(page)).toBe(2);
    expect((await titles(page)).sort()).toEqual([XSS_TITLE, '乡镇填充测试文档'].sort());
    for (const href of await page.locator('[data-search-result] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(new RegExp(`^${BASE}docs/`));
    }
    await page.close();
  });

  it('requires every space-separated term, and a quoted phrase verbatim', async () => {
    let page = await search(q('青松 常青藤'));
    expect(await count(page)).toBe(3);
    await page.close();
    page = await search(q('"青松 翠柏" 常青藤'));
    expect(await count(page)).toBe(2);
    await page.close();
  });

  it('finds a single character', async () => {
    const page = await search(q('蘅'));
    expect(await count(page)).toBe(1);
    expect(await titles(page)).toEqual(['部分匹配测试文档']);
    await expect(page.locator('[data-search-result] mark').first().innerText()).resolves.toBe('蘅');
    await page.close();
  });

  it('filters by level from the URL and from the form, with counts per value', async () => {
    const page = await search(`${q('青松')}&level=township`);
    expect(await count(page)).toBe(1);
    const levels = page.locator('select[name="level"]');
    expect(await levels.locator('option:checked').innerText()).toBe('乡镇（1）');
    expect(await levels.locator('option[value="county"]').innerText()).toBe('县级（2）');
    await levels.selectOption('county');
    await page.waitForFunction(() => document.querySelector('[data-search-count]')?.textContent === '2');
    expect(new URL(page.url()).searchParams.get('level')).toBe('county');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('[data-search-count]')?.textContent === '1');
    await page.close();
  });

  it('says so when nothing matches and suggests removing filters or terms', async () => {
    let page = await search(`${q('青松翠柏常青藤')}&level=province`);
    expect(await count(page)).toBe(0);
    expect(await page.locator('[data-search-result]').count()).toBe(0);
    expect(await page.locator('[data-search-status]').innerText()).toContain('去掉筛选条件：2 篇');
    expect(await page.locator('select[name="level"] option:checked').getAttribute('value')).toBe('province');
    await page.getByRole('link', { name: '去掉筛选条件' }).click();
    await page.waitForFunction(() => document.querySelector('[data-search-count]')?.textContent === '2');
    await page.close();
    page = await search(q('青松 火星基地'));
    expect(await page.locator('[data-search-status]').innerText()).toContain('去掉“火星基地”：3 篇');
    await page.close();
  });

  it('shows text that looks like HTML as text', async () => {
    const page = await search(q('onerror=alert'));
    expect(await count(page)).toBe(1);
    expect(await titles(page)).toEqual([XSS_TITLE]);
    expect(await page.locator('[data-search-results] img').count()).toBe(0);
    await page.close();
  });

  it('pages through many results with the "more" control', async () => {
    const page = await search(q('，')); // a comma: in nearly every document
    const total = await count(page);
    expect(total).toBeGreaterThan(6);
    expect(await page.locator("[data-search-result]").count()).toBe(6);
    while (await page.locator('[data-search-more]').isVisible()) {
      const before = await page.locator('[data-search-result]').count();
      await page.locator('[data-search-more]').click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-search-result]').length > n, before);
    }
    expect(await page.locator('[data-search-result]').count()).toBe(total);
    await page.close();
  });

  it('adds each page of results once, however quickly "more" is clicked', async () => {
    const page = await search(q('，'));
    const total = await count(page);
    while (await page.locator('[data-search-more]').isVisible()) {
      const before = await page.locator('[data-search-result]').count();
      await page.locator('[data-search-more]').dblclick();
      await page.waitForFunction((n) => document.querySelectorAll('[data-search-result]').length > n, before);
      await page.waitForTimeout(200);
    }
    const hrefs = await page.locator('[data-search-result] > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs.length).toBe(total);
    await page.close();
  });

  it('focuses the search box with "/" and searches as the user types', async () => {
    const page = await search(q('青松'));
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('杜蘅');
    await page.waitForFunction(() => document.querySelector('[data-search-count]')?.textContent === '1');
    expect(new URL(page.url()).searchParams.get('q')).toBe('杜蘅');
    await page.close();
  });
});

describe('target page', () => {
  it('highlights the searched text and scrolls it into view', async () => {
    const page = await search(q('翠柏常青藤'));
    await page.locator('[data-search-result] > a', { hasText: '乡镇填充测试文档' }).click();
    await page.waitForSelector('mark[data-search-highlight]');
    const marks = await page.locator('mark[data-search-highlight]').allInnerTexts();
    expect(marks).toEqual(['翠柏常青藤']);
    const inView = await page.locator('mark[data-search-highlight]').evaluate((m) => {
      const r = m.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await page.close();
  });
});
