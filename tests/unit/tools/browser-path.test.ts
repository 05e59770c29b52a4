import { afterEach, describe, expect, it, vi } from 'vitest';
import { BROWSER_SOURCES, findBrowser, fromEnv, fromInstalled, fromPackage, fromPlaywright, type FoundBrowser } from '../../../src/tools/browser-path.ts';

const browser = (source: string): FoundBrowser => ({ executablePath: `/opt/${source}/chrome`, source });

describe('the test browser', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is looked for in CHROMIUM_PATH, then Playwright’s browsers, then installed ones, then the npm package', () => {
    expect(BROWSER_SOURCES).toEqual([fromEnv, fromPlaywright, fromInstalled, fromPackage]);
  });

  it('comes from the first source that has one; the later ones are not asked', async () => {
    const later = vi.fn(() => browser('later'));
    expect(await findBrowser([() => undefined, async () => browser('second'), later])).toEqual(browser('second'));
    expect(later).not.toHaveBeenCalled();
  });

  it('is missing when no source has one', async () => {
    expect(await findBrowser([() => undefined, async () => undefined])).toBeUndefined();
  });

  it('is the program CHROMIUM_PATH names, and a wrong CHROMIUM_PATH is an error, not a silent fallback', async () => {
    vi.stubEnv('CHROMIUM_PATH', process.execPath);
    expect(await fromEnv()).toEqual({ executablePath: process.execPath, source: 'CHROMIUM_PATH' });
    vi.stubEnv('CHROMIUM_PATH', '/no/such/chromium');
    expect(() => fromEnv()).toThrow('CHROMIUM_PATH=/no/such/chromium：不是可以运行的程序；请改为 Chromium、Chrome 或 Edge 程序文件的路径，或不设置 CHROMIUM_PATH');
    vi.stubEnv('CHROMIUM_PATH', '');
    expect(await fromEnv()).toBeUndefined();
  });
});
