/**
 * The built site (dist/) served on 127.0.0.1 and a headless Chromium, started before a test file's
 * tests and stopped after them. Call at the top level of a test file.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../src/tools/browser.ts';
import { startStaticServer, type RunningServer } from '../../src/tools/hosting/static-server.ts';

/** The running server and browser, set once beforeAll has run. */
export interface SiteBrowser {
  server: RunningServer;
  browser: Browser;
}

/** Serves dist/ and launches the browser for the tests of the calling file. */
export function useSiteBrowser(): SiteBrowser {
  const site = {} as SiteBrowser;
  beforeAll(async () => {
    site.server = await startStaticServer({ root: 'dist' });
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
