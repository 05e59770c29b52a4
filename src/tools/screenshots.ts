/**
 * Screenshots of the main page types of a built site at desktop (1280 px) and phone (375 px)
 * widths, for looking at the layout (`npm run shots`): whole pages, plus the first 1600 px of each
 * phone page, with each page's horizontal overflow.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './browser.ts';
import { startStaticServer } from './hosting/static-server.ts';

/** One screenshot taken: its file and how many pixels the page overflows sideways (0 when none). */
export interface Shot {
  file: string;
  overflow: number;
}

/** Widths shot, in CSS pixels. */
const WIDTHS = [1280, 375];

/** Serves `dist` and saves the screenshots in `outDir` as `<page type>-<width>.png`; calls `onShot` after each page. */
export async function takeScreenshots(dist: string, outDir: string, onShot: (shot: Shot) => void): Promise<void> {
  /** Page type → site path; the document and topic are the first ones linked from the home page. */
  const pages: Record<string, string> = { home: '', topics: 'topics/', docs: 'docs/', guide: 'guide/', '404': '404.html' };
  mkdirSync(outDir, { recursive: true });
  const server = await startStaticServer({ root: dist });
  const browser = await launchBrowser();
  try {
    const probe = await browser.newPage();
    await probe.goto(server.url);
    pages.topic = (await probe.getAttribute('.tile', 'href'))!.slice(1);
    pages.document = (await probe.getAttribute('.doc-list__title', 'href'))!.slice(1);
    await probe.goto(server.url + 'guide/');
    pages['guide-page'] = (await probe.getAttribute('.tile', 'href'))!.slice(1);
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(server.url + path);
        const file = `${outDir}/${name}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        // Full phone pages are too tall to look at once: also save the first 1600 px.
        if (width < 600) await page.screenshot({ path: file.replace('.png', '-top.png'), clip: { x: 0, y: 0, width, height: 1600 } });
        onShot({ file, overflow: await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth) });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
