/**
 * Browser tests of navigation on the built site (dist/): times the site doubts never drive lists,
 * no dead ends (empty topics and guide steps lead to searches), one count per topic everywhere,
 * the outline on phones and for the keyboard, one vocabulary, and a build without SITE_URL that
 * writes no guessed host. Expectations are read from the content files, not the site's code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';
import { countBy, listedDocs, readCorpus, type ContentDoc } from './corpus.ts';
import { loadTopics } from '../../src/collections/taxonomy.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';

const docs = readCorpus();
const listed = listedDocs(docs);
const topics = loadTopics();
const topicCounts = countBy(listed, (d) => d.data.topics);

/** True when the era inferred from the text excludes the stated year. */
const contradicted = ({ data: { year, era } }: ContentDoc) =>
  year !== null && !!era && ((era.from !== null && year < era.from) || (era.to !== null && year > era.to));
const closedEra = ({ data: { era } }: ContentDoc) => !!era && era.from !== null && era.to !== null;

const site = useBuiltSite();
const { open } = site;
/** The list entry (meta line) of a document in the lists of the current page. */
const metaOf = (id: string) => site.page.locator(`.doc-list li:has(a[href$="/docs/${id}/"]) .doc-list__meta`).first().textContent();
const htmlFiles = (dir = 'dist'): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));

describe('times the site doubts', () => {
  it('lists and sorts by the inferred era where the text contradicts the stated year, marked 年份存疑', async () => {
    await open('docs/');
    for (const doc of listed.filter((d) => d.data.yearConflict)) {
      const meta = await metaOf(doc.id);
      expect(meta, doc.id).toContain('年份存疑');
      if (contradicted(doc)) expect(meta, doc.id).not.toContain(`${doc.data.year}年`);
    }
    for (const doc of listed.filter((d) => d.data.year === null && closedEra(d))) {
      const { from, to } = doc.data.era!;
      expect(await metaOf(doc.id), doc.id).toContain(from === to ? `约${from}年` : `约${from}–${to}年`);
    }
  });

  it('keeps contradicted years out of the year pages and the home page’s newest, and marks doubt there', async () => {
    for (const doc of listed.filter(contradicted)) {
      if ((await open(`years/${doc.data.year}/`)) === 200) {
        expect(await site.page.locator(`main a[href$="/docs/${doc.id}/"]`).count(), doc.id).toBe(0);
      }
    }
    await open('');
    for (const item of await site.page.locator('section:has(#recent-title) .doc-list > li').all()) {
      const id = /docs\/([^/]+)\//.exec((await item.locator('a').first().getAttribute('href'))!)![1];
      const doc = docs.find((d) => d.id === id)!;
      const meta = await item.locator('.doc-list__meta').textContent();
      expect(meta?.includes('年份存疑'), id).toBe(!!doc.data.yearConflict);
      if (contradicted(doc)) expect(meta, id).not.toContain(`${doc.data.year}年`);
    }
    await open('years/');
    const doubtful = countBy(listed.filter((d) => d.data.yearConflict && !contradicted(d) && d.data.year !== null), (d) => [String(d.data.year)]);
    for (const [year, count] of doubtful) {
      const link = site.page.locator(`main a[href$="/years/${year}/"]`);
      expect(await link.locator('[data-facet-doubtful]').textContent(), year).toContain(String(count));
    }
  });

  it('files every document with a year or a closed era under a period, era-dated ones included', async () => {
    await open('periods/');
    const periodPaths = await site.page.locator('main .facet-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const inPeriods = new Set<string>();
    for (const path of periodPaths.filter((p) => !p.endsWith('/unknown/'))) {
      await open(path.slice(1));
      for (const href of await site.page.locator('main .doc-list__title').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        inPeriods.add(/docs\/([^/]+)\//.exec(href)![1]);
      }
    }
    const dated = listed.filter((d) => (d.data.year !== null && !contradicted(d)) || closedEra(d));
    expect(dated.some((d) => d.data.year === null)).toBe(true);
    expect([...inPeriods].sort()).toEqual(dated.map((d) => d.id).sort());
  });

  it('shows an era on the document page and never writes 年份不详 into a sentence anywhere', async () => {
    const eraDoc = listed.find((d) => d.data.year === null && closedEra(d) && d.data.era!.from !== d.data.era!.to)!;
    await open(`docs/${eraDoc.id}/`);
    expect(await site.page.textContent('[data-doc-time]')).toContain(`约${eraDoc.data.era!.from}–${eraDoc.data.era!.to}年`);
    const inSentences: string[] = [];
    for (const file of htmlFiles()) {
      const text = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
      // Allowed only as a value of its own: a whole element's text or a part of a meta line (a · b).
      for (const m of text.matchAll(/(.{0,3})年份不详(.{0,3})/g)) {
        if (!/(>|· )$/.test(m[1]) || !/^(<| ·)/.test(m[2])) inSentences.push(`${file}: ${m[0]}`);
      }
    }
    expect(inSentences).toEqual([]);
  });

  it('/about/ gives the span of the supported times', async () => {
    await open('about/');
    const bounds = listed.flatMap((d) =>
      d.data.year !== null && !contradicted(d) ? [d.data.year] : closedEra(d) ? [d.data.era!.from!, d.data.era!.to!] : [],
    );
    expect(await site.page.textContent('main')).toContain(`${Math.min(...bounds)}—${Math.max(...bounds)} 年`);
  });
});

describe('no dead ends, one count', () => {
  const empty = topics.filter((t) => !topicCounts.has(t.slug));
  const plain = (s: string) => s.replace(/\s/g, '');
  /** Documents whose title or text contains `term`, from the files (as search finds them: duplicates too). */
  const containing = (term: string) =>
    docs.filter((d) => plain(d.data.title + readFileSync(readdirSync('content/speeches').includes(`${d.id}.md`) ? `content/speeches/${d.id}.md` : `content/reports/${d.id}.md`, 'utf8').replace(/^---[\s\S]*?\n---/, '')).includes(term)).length;

  it('shows no tile for an empty topic; its page offers searches for its name and keywords with their counts', async () => {
    expect(empty.length).toBeGreaterThan(0);
    await open('');
    for (const topic of empty) expect(await site.page.locator(`.tiles a[href$="/topics/${topic.slug}/"]`).count(), topic.slug).toBe(0);
    let offered = 0;
    for (const topic of empty) {
      await open(`topics/${topic.slug}/`);
      for (const link of await site.page.locator('[data-search-hints] a[data-hint-count]').all()) {
        const term = (await link.textContent())!;
        expect([topic.name, ...topic.keywords], topic.slug).toContain(term);
        expect(new URL(site.server.url + (await link.getAttribute('href'))!.slice(1)).searchParams.get('q')).toBe(term);
        expect(Number(await link.getAttribute('data-hint-count')), term).toBe(containing(term));
        offered++;
      }
    }
    expect(offered).toBeGreaterThan(0);
  });

  it('guides list a document once, and an empty step leads to a search with its count, once', async () => {
    for (const guide of readdirSync('content/guides').map((f) => f.replace(/\.mdx$/, ''))) {
      await open(`guide/${guide}/`);
      const hrefs = await site.page.locator('.guide .doc-list__title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(new Set(hrefs).size, guide).toBe(hrefs.length);
      const html = await site.page.content();
      expect(html.split('知识库中暂时').length - 1, guide).toBeLessThanOrEqual(await site.page.locator('[data-search-hints]').count());
    }
    await open('guide/deputies-liaison/');
    const hint = site.page.locator('[data-search-hints] a[data-hint-count]', { hasText: /^信访$/ });
    expect(Number(await hint.getAttribute('data-hint-count'))).toBe(containing('信访'));
  });

  it('every topic count agrees: tiles, home table, all-documents filter, embed list and the topic page', async () => {
    const read = async (path: string, selector: string, slugOf: (href: string) => string) => {
      await open(path);
      const counts = new Map<string, number>();
      for (const el of await site.page.locator(selector).all()) {
        const href = (await el.getAttribute('href')) ?? (await el.locator('xpath=ancestor::a[1]').getAttribute('href'))!;
        counts.set(slugOf(href), Number(/\d+/.exec((await el.textContent())!)![0]));
      }
      return counts;
    };
    const slug = (href: string) => /topics\/([^/]+)\//.exec(href)![1];
    const expected = new Map([...topicCounts].map(([k, v]) => [k, v]));
    expect(await read('', '.tiles [data-topic-count]', slug)).toEqual(expected);
    expect(await read('embed/topics/', '[data-topic-count]', slug)).toEqual(expected);
    expect(await read('docs/', 'a[data-filter="topic"]', slug)).toEqual(expected);
    const [topic, count] = [...expected][0];
    await open(`topics/${topic}/`);
    expect(Number(/\d+/.exec((await site.page.textContent('h1 [data-list-count]'))!)![0])).toBe(count);
  });
});

describe('small screens and keyboard', () => {
  const doc = listed.find((d) => /\n##\s/.test(readFileSync(`content/${d.data.kind === 'speech' ? 'speeches' : 'reports'}/${d.id}.md`, 'utf8')))!;

  it('collapses the outline on a phone so the text starts on the first screens; opens it beside the text on a desktop', async () => {
    const phone = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await open(`docs/${doc.id}/`, phone);
    expect(await phone.locator('details[data-outline]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await phone.locator('.doc-aside .outline a').first().isVisible()).toBe(false);
    // Closed, the outline takes one line between the metadata and the text.
    expect((await phone.locator('.doc-aside').boundingBox())!.height).toBeLessThan(80);
    await phone.click('#outline-title');
    expect(await phone.locator('.doc-aside .outline a').first().isVisible()).toBe(true);
    await phone.close();
    await open(`docs/${doc.id}/`);
    await site.page.waitForFunction(() => (document.querySelector('details[data-outline]') as HTMLDetailsElement).open);
    expect(await site.page.locator('.doc-aside .outline a').first().isVisible()).toBe(true);
  });

  it('puts the outline before the text in tab order, with one distinctly named copy-link per heading', async () => {
    await open(`docs/${doc.id}/`);
    // Tab on from the last link of the metadata panel: the first stop after the page's header is the outline, not the text.
    await site.page.locator('.doc-meta a').last().focus();
    do await site.page.keyboard.press('Tab');
    while (await site.page.evaluate(() => document.activeElement?.closest('.doc-header') !== null));
    expect(await site.page.evaluate(() => document.activeElement?.closest('.doc-aside') !== null)).toBe(true);
    const headings = await site.page.locator('.prose :is(h2, h3, h4, h5, h6)[id]').all();
    const labels: string[] = [];
    for (const heading of headings) {
      const links = heading.locator('a.heading-link');
      expect(await links.count()).toBe(1);
      labels.push((await links.getAttribute('aria-label'))!);
    }
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('one vocabulary', () => {
  it('names what documents are filed under the same way in navigation, filters, search and the document page', async () => {
    const words = new Set(['专题', '层级', '类型', '年份', '时期', '地区', '省份', '讲话人', '单位', '时间', '排序']);
    await open('docs/');
    for (const h of await site.page.locator('.filters h3').allTextContents()) expect(words, h).toContain(h.trim());
    await open('search/');
    for (const label of await site.page.locator('[data-search-root] .search-filters label > span').allTextContents()) expect(words, label).toContain(label.trim());
    await open(`docs/${listed[0].id}/`);
    for (const dt of await site.page.locator('.doc-meta dt').allTextContents()) expect(words, dt).toContain(dt.trim());
    const chrome = (await site.page.locator('.site-nav').textContent())! + (await site.page.locator('.breadcrumbs').textContent());
    expect(chrome).not.toMatch(/主题|级别/);
    await open('about/');
    expect(await site.page.textContent('main')).not.toContain('来源');
  });
});

describe('settings that used to give broken output', () => {
  it('writes no guessed host without SITE_URL: sitemap, citations and embed snippets', async () => {
    if (process.env.SITE_URL) return;
    const leaks = [...htmlFiles(), 'dist/sitemap.xml'].filter((f) => readFileSync(f, 'utf8').includes('localhost'));
    expect(leaks).toEqual([]);
    await site.page.route('**/*.js', (route) => route.abort());
    await open(`docs/${listed[0].id}/`);
    expect(await site.page.textContent('#citation [data-page-url]')).toBe(`/docs/${listed[0].id}/`);
    await site.page.unroute('**/*.js');
    await open('embed/');
    expect(await site.page.locator('[data-example-address]').isVisible()).toBe(true);
  });

  it('says on /embed/ when no portal may frame the site', async () => {
    await open('embed/');
    const empty = loadSiteConfig().embed.portalOrigins.length === 0;
    expect(await site.page.locator('[data-portal-origins-empty]').count()).toBe(empty ? 1 : 0);
  });

  it('opens a page for readers from the footer’s 站点地图', async () => {
    await open('');
    await site.page.click('.site-footer a:has-text("站点地图")');
    expect(await site.page.textContent('h1')).toBe('站点地图');
    for (const [slug] of topicCounts) expect(await site.page.locator(`main a[href$="/topics/${slug}/"]`).count(), slug).toBeGreaterThan(0);
  });
});
