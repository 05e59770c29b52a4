/**
 * Browser tests of what a reader sees on each page type of the built site (dist/), in headless
 * Chromium: counts against the content files, the outline, facet links, the all-documents filter,
 * notices for duplicates, off-topic material and year conflicts, copy buttons and print CSS.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../src/tools/browser.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/hosting/static-server.ts';
import { countBy, listedDocs, readCorpus } from './corpus.ts';
import { loadTopics } from '../../src/collections/taxonomy.ts';
import { DOCUMENT_EXTENSION } from '../../src/collections/content-dir.ts';

const docs = readCorpus();
const listed = listedDocs(docs);
const topics = loadTopics();
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startStaticServer({ root: 'dist' });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = async (path: string) => {
  const response = await page.goto(server.url + path, { waitUntil: 'domcontentloaded' });
  return response!.status();
};
/** The stated year unless the era inferred from the text excludes it (the site's docTime, written out independently). */
const supportedYear = ({ data: { year, era } }: (typeof docs)[number]) =>
  year !== null && !(era && ((era.from !== null && year < era.from) || (era.to !== null && year > era.to))) ? year : null;
const number = (text: string | null) => Number(/\d+/.exec(text ?? '')![0]);
const listTitles = (scope = 'main') => page.locator(`${scope} .doc-list > li:visible .doc-list__title`).allTextContents();

describe('home', () => {
  it('shows what the site holds: totals per kind and level, topic tiles with counts, guides', async () => {
    expect(await open('')).toBe(200);
    expect(number(await page.textContent('[data-total]'))).toBe(listed.length);
    const kinds = countBy(listed, (d) => [d.data.kind]);
    const kindRows = await page.locator('table', { hasText: '按类型' }).locator('tr').allTextContents();
    expect(kindRows).toHaveLength(kinds.size);
    // A topic's count is every listed document filed under it (what its page lists); empty topics get no tile.
    const topicCounts = countBy(listed, (d) => d.data.topics);
    for (const topic of topics) {
      const tile = page.locator(`.tiles [data-topic-count="${topic.slug}"]`);
      if (!topicCounts.has(topic.slug)) expect(await tile.count(), topic.slug).toBe(0);
      else expect(number(await tile.textContent()), topic.slug).toBe(topicCounts.get(topic.slug));
    }
    expect(await page.locator('.entry a.button').count()).toBe(readdirSync('content/guides').length);
    expect(await page.locator('#site-search form[role="search"] input[name="q"]').count()).toBe(1);
  });
});

describe('topic pages', () => {
  it('list each topic’s on-topic documents with their count, and off-topic ones only as 相关资料', async () => {
    for (const topic of topics) {
      expect(await open(`topics/${topic.slug}/`)).toBe(200);
      const main = listed.filter((d) => d.data.onTopic && d.data.topics.includes(topic.slug as never));
      const off = listed.filter((d) => !d.data.onTopic && d.data.topics.includes(topic.slug as never));
      expect(number(await page.textContent('h1 [data-list-count]')), topic.slug).toBe(main.length + off.length);
      const mainTitles = await page.locator('section:has(#list-title) .doc-list__title').allTextContents();
      expect(mainTitles.sort()).toEqual(main.map((d) => d.data.title).sort());
      const relatedTitles = await page.locator('section:has(#related-title) .doc-list__title').allTextContents();
      expect(relatedTitles.sort()).toEqual(off.map((d) => d.data.title).sort());
    }
  });

  it('sorts documents by year, newest first, unknown years last', async () => {
    const topic = topics.find((t) => listed.filter((d) => d.data.onTopic && d.data.topics[0] === t.slug).length > 2)!;
    await open(`topics/${topic.slug}/`);
    const metas = await page.locator('section:has(#list-title) .doc-list__meta').allTextContents();
    const years = metas.map((m) => Number(/(\d{4})年/.exec(m)?.[1] ?? -1));
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});

describe('facet pages', () => {
  const facets = [
    { path: 'levels', keys: (d: (typeof docs)[number]) => [d.data.level] },
    { path: 'kinds', keys: (d: (typeof docs)[number]) => [d.data.kind] },
    // A stated year counts unless the inferred era excludes it.
    { path: 'years', keys: (d: (typeof docs)[number]) => [supportedYear(d) === null ? 'unknown' : String(supportedYear(d))] },
    // A place is filed under its province (the code's first two digits) and under itself.
    { path: 'places', keys: (d: (typeof docs)[number]) => (d.data.place?.code ? [...new Set([d.data.place.code.slice(0, 2), d.data.place.code])] : []) },
  ];
  for (const facet of facets) {
    it(`/${facet.path}/: every value page shows as many documents as the collections hold`, async () => {
      const counts = countBy(listed, facet.keys);
      expect(await open(`${facet.path}/`)).toBe(200);
      const shown = new Map<string, number>();
      for (const [key] of counts) {
        const link = page.locator(`main a[href$="/${facet.path}/${key}/"]`).first();
        shown.set(key, number(await link.locator('xpath=..').locator('.count').first().textContent()));
      }
      expect(shown).toEqual(counts);
      for (const [key, count] of counts) {
        expect(await open(`${facet.path}/${key}/`)).toBe(200);
        expect(number(await page.textContent('h1 [data-list-count]')), `${facet.path}/${key}`).toBe(count);
        expect(await listTitles(), `${facet.path}/${key}`).toHaveLength(count);
      }
    });
  }
});

describe('all documents', () => {
  it('lists every listed document once and filters in place, combining facets, with the state in the URL', async () => {
    await open('docs/');
    expect(await listTitles()).toHaveLength(listed.length);
    const level = listed[0].data.level;
    const kind = listed[0].data.kind;
    await page.click(`a[data-filter="level"][data-value="${level}"]`);
    expect(page.url()).toContain(`level=${level}`);
    expect(await listTitles()).toHaveLength(listed.filter((d) => d.data.level === level).length);
    await page.click(`a[data-filter="kind"][data-value="${kind}"]`);
    const both = listed.filter((d) => d.data.level === level && d.data.kind === kind);
    expect(await listTitles()).toHaveLength(both.length);
    expect(await page.textContent('[data-filter-status]')).toContain(`${both.length} 篇`);
    await page.reload();
    expect(await listTitles()).toHaveLength(both.length);
    await page.click('[data-filter-clear]');
    expect(await listTitles()).toHaveLength(listed.length);
  });

  it('keeps ?embed=1&target=_blank through filter clicks and a reload (no site chrome in a portal frame)', async () => {
    await open('docs/?embed=1&target=_blank');
    const level = listed[0].data.level;
    await page.click(`a[data-filter="level"][data-value="${level}"]`);
    const params = new URL(page.url()).searchParams;
    expect([params.get('embed'), params.get('target'), params.get('level')]).toEqual(['1', '_blank', level]);
    await page.click('[data-filter-clear]');
    expect(new URL(page.url()).search).toBe('?embed=1&target=_blank');
    await page.click(`a[data-filter="level"][data-value="${level}"]`);
    await page.reload();
    expect(await page.getAttribute('html', 'data-embed')).toBe('');
    expect(await listTitles()).toHaveLength(listed.filter((d) => d.data.level === level).length);
  });

  it('works without JavaScript: the filters are links to the facet pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(server.url + 'docs/');
    const level = listed[0].data.level;
    await noJs.click(`a[data-filter="level"][data-value="${level}"]`);
    expect(new URL(noJs.url()).pathname).toBe(`/levels/${level}/`);
    await context.close();
  });
});

describe('document page', () => {
  const withHeadings = docs.find((d) => !d.data.duplicateOf && d.data.onTopic && /^## /m.test(readFileSync(mdxPath(d.id), 'utf8')))!;

  it('shows title, metadata whose values link to their facet pages, and the text', async () => {
    await open(`docs/${withHeadings.id}/`);
    expect(await page.textContent('h1')).toBe(withHeadings.data.title);
    const hrefs = await page.locator('.doc-meta a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(`/levels/${withHeadings.data.level}/`);
    expect(hrefs).toContain(`/kinds/${withHeadings.data.kind}/`);
    for (const slug of withHeadings.data.topics) expect(hrefs).toContain(`/topics/${slug}/`);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(1);
    expect(await page.locator('[data-pagefind-body] h1').count()).toBe(1);
    expect(await page.locator('[data-pagefind-body] .prose p').count()).toBeGreaterThan(2);
  });

  it('treats a malformed hash (#%E0%A4%A) as none: highlights the searched text and scrolls to it, no script error', async () => {
    const paragraphs = readFileSync(mdxPath(withHeadings.id), 'utf8').split('\n').filter((l) => /^[\u4e00-\u9fff]/.test(l) && l.length > 30);
    const term = paragraphs.at(-1)!.slice(4, 10);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}docs/${withHeadings.id}/?hl=${encodeURIComponent(term)}#%E0%A4%A`);
    const current = page.locator('mark[data-search-current]');
    await current.waitFor();
    expect(await current.innerText()).toBe(term);
    const inView = await current.evaluate((m) => {
      const r = m.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    page.removeAllListeners('pageerror');
    expect(errors).toEqual([]);
  });

  it('has an outline whose entries jump to their headings', async () => {
    await open(`docs/${withHeadings.id}/`);
    const entries = page.locator('.outline a:not([href*="-p"])');
    const count = await entries.count();
    expect(count).toBeGreaterThan(1);
    const last = entries.nth(count - 1);
    const [href, text] = [await last.getAttribute('href'), (await last.textContent())!.trim()];
    await last.click();
    expect(new URL(page.url()).hash).toBe(href);
    const heading = page.locator(`.prose ${href}`);
    expect((await heading.textContent())!.trim()).toBe(text);
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(200);
    expect(href).toMatch(/^#h-[\d-]+$/);
  });

  it('copies the citation with the page’s own address', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const p = await context.newPage();
    await p.goto(`${server.url}docs/${withHeadings.id}/`);
    await p.click('button[data-copy-target="citation"]');
    const copied = await p.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`《${withHeadings.data.title}`);
    expect(copied.endsWith(`${server.url}docs/${withHeadings.id}/`)).toBe(true);
    await context.close();
  });

  it('prints the text without navigation, with the page URL in the footer', async () => {
    await open(`docs/${withHeadings.id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-nav', '.site-footer', '.doc-aside', '.breadcrumbs', 'button[data-copy-target]']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.prose').isVisible()).toBe(true);
    expect(await page.locator('.print-url').isVisible()).toBe(true);
    expect(await page.textContent('.print-url')).toContain(`${server.url}docs/${withHeadings.id}/`);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.print-url').isVisible()).toBe(false);
  });

  it('ships only small progressive enhancements (copy, search box, highlight, 下载 Word): no inline code, under 10 KB of JS', async () => {
    await open(`docs/${withHeadings.id}/`);
    const scripts = await page.locator('script').evaluateAll((s) =>
      s.map((e) => ({ src: (e as HTMLScriptElement).src, type: (e as HTMLScriptElement).type, inline: e.textContent!.trim().length })),
    );
    // Inline scripts may only be data (the search record), never code.
    expect(scripts.filter((s) => !s.src && s.type !== 'application/json')).toEqual([]);
    // Every module file the page loads, with the chunks those import statically; the Word export is
    // imported dynamically on click (tests/e2e/word-export.test.ts) and not counted.
    const files = new Set<string>();
    const visit = (path: string) => {
      if (files.has(path)) return;
      files.add(path);
      for (const m of readFileSync(`dist${path}`, 'utf8').matchAll(/from\s*["']\.\/([^"']+)["']|import\s*["']\.\/([^"']+)["']/g)) {
        visit(path.replace(/[^/]+$/, m[1] ?? m[2]));
      }
    };
    for (const s of scripts.filter((s) => s.src)) visit(new URL(s.src).pathname);
    const bytes = [...files].reduce((sum, path) => sum + readFileSync(`dist${path}`).length, 0);
    // 10 KB: the 下载 Word button's dynamic import brings Vite's 1.7 KB module-preload helper.
    expect(bytes).toBeLessThan(10_000);
  });

  it('marks a duplicate and links to its canonical copy, which lists carry instead', async () => {
    const duplicate = docs.find((d) => d.data.duplicateOf);
    if (!duplicate) return;
    await open(`docs/${duplicate.id}/`);
    const link = page.locator('.note a').first();
    expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe(`/docs/${duplicate.data.duplicateOf}/`);
    await open('docs/');
    const hrefs = await page.locator('.doc-list__title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).not.toContain(`/docs/${duplicate.id}/`);
    expect(hrefs).toContain(`/docs/${duplicate.data.duplicateOf}/`);
  });

  it('lists run-in headings (bold numbered lead sentences) one level below their section, and jumps to them', async () => {
    const withRunIns = docs.find((d) => /^\*\*（[一二三四五六七八九十]+）/m.test(readFileSync(mdxPath(d.id), 'utf8')))!;
    await open(`docs/${withRunIns.id}/`);
    const entry = page.locator('.outline li li > a[href*="-p"]').first();
    const [href, text] = [(await entry.getAttribute('href'))!, (await entry.textContent())!.trim()];
    expect(text).toMatch(/^（[一二三四五六七八九十]+）/);
    const section = (await entry.locator('xpath=../../../a').textContent())!.trim();
    expect(section).toMatch(/^[一二三四五六七八九十]+、/);
    await entry.click();
    expect(new URL(page.url()).hash).toBe(href);
    const lead = page.locator(`.prose p > strong${href}`);
    expect((await lead.textContent())!.trim()).toBe(text);
    const paragraph = (await lead.locator('xpath=..').textContent())!;
    expect(paragraph.length).toBeGreaterThan(text.length + 10);
    const box = (await lead.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(200);
  });

  it('warns that a text altered by a template site differs from the original, naming the signs', async () => {
    const altered = docs.find((d) => d.data.altered?.some((a) => a.kind === 'spin'))!;
    await open(`docs/${altered.id}/`);
    const note = page.locator('[data-altered]');
    expect(await note.locator('.note__title').textContent()).toBe('原文可能被改动');
    const items = await note.locator('li').allTextContents();
    expect(items).toHaveLength(altered.data.altered!.length);
    expect(items.join('\n')).toContain(altered.data.altered![0]!.examples[0]);
    const plain = docs.find((d) => !d.data.altered)!;
    await open(`docs/${plain.id}/`);
    expect(await page.locator('[data-altered]').count()).toBe(0);
  });

  it('marks off-topic material as 相关资料', async () => {
    const off = docs.find((d) => !d.data.onTopic);
    if (!off) return;
    await open(`docs/${off.id}/`);
    expect(await page.locator('.note', { hasText: '相关资料' }).isVisible()).toBe(true);
  });

  it('shows a year conflict with both the stated date and the text’s evidence', async () => {
    const conflict = docs.find((d) => d.data.yearConflict);
    if (!conflict) return;
    await open(`docs/${conflict.id}/`);
    const note = await page.textContent('[data-year-conflict]');
    expect(note).toContain(conflict.data.yearConflict);
    if (conflict.data.year) expect(note).toContain(String(conflict.data.year));
    if (conflict.data.era?.from) expect(note).toContain(String(conflict.data.era.from));
  });

  it('links to previous/next in the primary topic and to related documents, all existing pages', async () => {
    await open(`docs/${withHeadings.id}/`);
    const hrefs = await page.locator('.pager a, #related-title ~ .doc-list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });
});

describe('guides', () => {
  it('compose their document lists from the collections (no hard-coded document links)', async () => {
    for (const file of readdirSync('content/guides')) {
      const source = readFileSync(`content/guides/${file}`, 'utf8');
      expect(source, file).not.toMatch(/docs\//);
      expect(await open(`guide/${file.replace(/\.mdx$/, '')}/`)).toBe(200);
      const hrefs = await page.locator('.guide .doc-list__title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const href of hrefs) expect(docs.map((d) => `/docs/${d.id}/`), `${file}: ${href}`).toContain(href);
    }
  });
});

describe('404', () => {
  it('answers a missing page with a Chinese page and a search box', async () => {
    await page.goto(server.url + '404.html');
    expect(await page.textContent('h1')).toBe('页面未找到');
    expect(await page.locator('main form[role="search"] input[name="q"]').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  });

  it('is what the preview server answers, with status 404, for a page that does not exist', async () => {
    expect(await open('no/such/page/')).toBe(404);
    expect(await page.textContent('h1')).toBe('页面未找到');
  });
});

function mdxPath(id: string): string {
  const dir = readdirSync('content/speeches').includes(`${id}${DOCUMENT_EXTENSION}`) ? 'speeches' : 'reports';
  return `content/${dir}/${id}${DOCUMENT_EXTENSION}`;
}
