/**
 * axe-core on every page type of the built site: no serious or critical violations, at desktop
 * width (and the main ones at phone width), with the all-documents filter both idle and active.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import { listedDocs, readCorpus } from './corpus.ts';

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
};

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startStaticServer({ root: 'dist' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const result = (await page.evaluate(() => (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run())) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** axe takes 1–2 s per page: every page type at desktop width, the main ones again on a phone. */
const runs = [
  { width: 1280, names: Object.keys(pageTypes) },
  { width: 375, names: ['home', 'topic', 'all documents, filtered', 'document'] },
];

describe('accessibility (axe-core)', () => {
  for (const { width, names } of runs) {
    it(`has no serious or critical violations at ${width} px on: ${names.join(', ')}`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const found: string[] = [];
      for (const name of names) {
        const path = pageTypes[name];
        await page.goto(server.url + path);
        found.push(...(await seriousViolations(page)).map((v) => `${name}: ${v}`));
      }
      await page.close();
      expect(found).toEqual([]);
    });
  }
});
