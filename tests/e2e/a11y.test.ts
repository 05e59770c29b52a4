/**
 * axe-core on every page type of the built site: no serious or critical violations, at desktop
 * width (and the main ones at phone width), with the all-documents filter both idle and active.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { listedDocs, readCorpus } from './corpus.ts';
import { useSiteBrowser } from './site-browser.ts';

const docs = readCorpus();
const doc = listedDocs(docs).find((d) => d.data.onTopic)!;
const duplicate = docs.find((d) => d.data.duplicateOf);
const pageTypes: Record<string, string> = {
  home: '',
  guides: 'guide/',
  guide: 'guide/township-chair/',
  topics: 'topics/',
  topic: `topics/${doc.data.topics[0]}/`,
  'all documents': 'docs/',
  'all documents, filtered': `docs/?level=${doc.data.level}`,
  'facet index': 'places/',
  'facet value': `levels/${doc.data.level}/`,
  document: `docs/${doc.id}/`,
  ...(duplicate ? { 'duplicate document': `docs/${duplicate.id}/` } : {}),
  404: '404.html',
  search: `search/?q=${encodeURIComponent('乡镇人大主席团的职责')}`,
  'search dialog': 'topics/',
};

/** What to do on a page type before checking it: wait for results, open the dialog. */
const prepare: Record<string, (page: Page) => Promise<void>> = {
  search: async (page) => {
    await page.waitForSelector('[data-search-related]');
    await page.waitForSelector('[data-search-root]:not([aria-busy="true"])');
  },
  'search dialog': async (page) => {
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[open]');
    await page.keyboard.type('代表工作');
    await page.waitForSelector('dialog[open] [role="option"]');
    await page.keyboard.press('ArrowDown');
  },
};

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

const site = useSiteBrowser();

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const result = (await page.evaluate(() => (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run())) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** axe takes 1–2 s per page: every page type at desktop width in both colour schemes, the main ones again on a phone. */
const runs = [
  { width: 1280, scheme: 'light', names: Object.keys(pageTypes) },
  { width: 1280, scheme: 'dark', names: Object.keys(pageTypes) },
  { width: 375, scheme: 'light', names: ['home', 'topic', 'all documents, filtered', 'document', 'search'] },
] as const;

describe('accessibility (axe-core)', () => {
  for (const { width, scheme, names } of runs) {
    it(`has no serious or critical violations at ${width} px, ${scheme} scheme, on: ${names.join(', ')}`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      const found: string[] = [];
      for (const name of names) {
        const path = pageTypes[name];
        await page.goto(site.server.url + path);
        await prepare[name]?.(page);
        found.push(...(await seriousViolations(page)).map((v) => `${name}: ${v}`));
      }
      await page.close();
      expect(found).toEqual([]);
    });
  }
});
