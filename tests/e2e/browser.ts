/**
 * Launches Debian's Chromium through playwright-core for the browser tests (no browser download:
 * `apt-get install chromium`). Every test gets a fresh profile and a browser that makes no
 * background connections.
 */
import { chromium, type Browser } from 'playwright-core';

/** Path of the system Chromium; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts headless Chromium; playwright gives every launch a new, empty profile directory. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
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
