/**
 * The built site (dist/) served and opened in headless Chromium for a browser test file: call
 * useBuiltSite() at the top level; its `page` (1280 × 900) and `open()` are ready in the tests.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../src/tools/browser.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/hosting/static-server.ts';

export interface BuiltSite {
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Opens a site path (`docs/x/`) in `on` (default the shared page); resolves to the HTTP status. */
  open(path: string, on?: Page): Promise<number>;
}

/** Serves dist/ and starts a browser before the file's tests, and stops both after them. */
export function useBuiltSite(): BuiltSite {
  const site = {
    async open(path: string, on?: Page) {
      const response = await (on ?? site.page).goto(site.server.url + path, { waitUntil: 'domcontentloaded' });
      return response!.status();
    },
  } as BuiltSite;
  beforeAll(async () => {
    site.server = await startStaticServer({ root: 'dist' });
    site.browser = await launchBrowser();
    site.page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
