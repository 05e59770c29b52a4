/**
 * Launches headless Chromium through playwright-core for the browser tests and scripts (no browser
 * download: the browser is found as src/tools/browser-path.ts says). Every launch gets a fresh
 * profile and a browser that makes no background connections.
 */
import { chromium, type Browser } from 'playwright-core';
import { findBrowser, NO_BROWSER, type FoundBrowser } from './browser-path.ts';

let found: Promise<FoundBrowser | undefined> | undefined;

/** The browser the tests use (looked up once per process); fails with what to install when none. */
export async function testBrowser(): Promise<FoundBrowser> {
  found ??= findBrowser();
  const browser = await found;
  if (!browser) throw new Error(NO_BROWSER);
  return browser;
}

/** Starts headless Chromium; playwright gives every launch a new, empty profile directory. */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath, env } = await testBrowser();
  return chromium.launch({
    executablePath,
    env: env && { ...process.env, ...env },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
