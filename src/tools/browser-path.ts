/**
 * Finds the Chromium the browser tests and scripts drive, in this order: CHROMIUM_PATH; a browser
 * Playwright installed; an installed Chrome, Edge or Chromium; on Linux, the Chromium that the
 * optional npm package @sparticuz/chromium ships (unpacked to the temporary folder on first use).
 */
import { accessSync, constants, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

/** A browser to launch: its executable, where it was found, and variables its process needs. */
export interface FoundBrowser {
  executablePath: string;
  source: string;
  env?: Record<string, string>;
}

/** One place to look; returns the browser there, or undefined when it holds none. */
export type BrowserSource = () => FoundBrowser | undefined | Promise<FoundBrowser | undefined>;

/** The one line a run prints when no browser is found: what to install. */
export const NO_BROWSER =
  '找不到浏览器测试要用的 Chromium：请运行 npm run setup（在 Linux 上会装好一个），或运行 npx playwright-core install chromium，或安装 Chrome、Edge 或 Chromium，或用 CHROMIUM_PATH 指明浏览器程序。';

/** Chromium as Linux distributions install it (Debian's package, Ubuntu's, the snap). */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/** Playwright's own list of browser locations (internal API: a newer playwright-core may lack it). */
function playwrightExecutable(name: string): string | undefined {
  try {
    const { registry } = createRequire(import.meta.url)('playwright-core/lib/coreBundle') as {
      registry: { registry: { findExecutable(name: string): { executablePath(language: string): string | undefined } | undefined } };
    };
    return registry.registry.findExecutable(name)?.executablePath('javascript');
  } catch {
    return undefined;
  }
}

/** Whether `path` is a file this user may run (not, say, /dev/null mounted over it). */
function isProgram(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const at = (path: string | undefined, source: string): FoundBrowser | undefined =>
  path && isProgram(path) ? { executablePath: path, source } : undefined;

/** CHROMIUM_PATH, which must name an existing file when it is set. */
export const fromEnv: BrowserSource = () => {
  const path = process.env.CHROMIUM_PATH;
  if (!path) return undefined;
  if (!isProgram(path)) throw new Error(`CHROMIUM_PATH=${path}：不是可以运行的程序；请改为 Chromium、Chrome 或 Edge 程序文件的路径，或不设置 CHROMIUM_PATH`);
  return { executablePath: path, source: 'CHROMIUM_PATH' };
};

/** A Chromium that `npx playwright-core install chromium` (or chromium-headless-shell) downloaded. */
export const fromPlaywright: BrowserSource = () =>
  at(playwrightExecutable('chromium-headless-shell'), 'Playwright (chromium-headless-shell)') ??
  at(playwrightExecutable('chromium'), 'Playwright (chromium)');

/** An installed Chrome or Edge (Playwright's channels), or a distribution's Chromium. */
export const fromInstalled: BrowserSource = () => {
  for (const channel of ['chrome', 'msedge', 'chrome-beta', 'msedge-beta', 'msedge-dev']) {
    const found = at(playwrightExecutable(channel), `installed ${channel}`);
    if (found) return found;
  }
  for (const path of SYSTEM_CHROMIUM) {
    const found = at(path, `installed ${path}`);
    if (found) return found;
  }
  return undefined;
};

/** The optional package with a Chromium inside, and the part of its API used here. */
const PACKAGE = '@sparticuz/chromium';
interface PackagedChromium {
  default: { executablePath(): Promise<string> };
  inflate(file: string): Promise<string>;
}

/**
 * On Linux x64/arm64, the Chromium inside @sparticuz/chromium (an optional dependency, so absent
 * elsewhere); it comes with its own NSS libraries, so the machine needs none.
 */
export const fromPackage: BrowserSource = async () => {
  if (process.platform !== 'linux') return undefined;
  let chromium: PackagedChromium;
  try {
    // A name in a variable: the type check passes where the optional package is not installed.
    chromium = (await import(PACKAGE)) as PackagedChromium;
  } catch {
    return undefined;
  }
  // Unpacks the browser, and its font (Open Sans) into <tmp>/fonts.
  const executablePath = await chromium.default.executablePath();
  // Its build of NSS (libnss3, libnspr4), made for Amazon Linux and unpacked beside the browser.
  const libs = join(await chromium.inflate(join(bundledBin(), 'al2023.tar.br')), 'lib');
  const libraryPath = [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(delimiter);
  return {
    executablePath,
    source: '@sparticuz/chromium',
    env: { LD_LIBRARY_PATH: libraryPath, FONTCONFIG_FILE: fontConfig(join(tmpdir(), 'fonts')) },
  };
};

/**
 * A fontconfig file with the machine's fonts and the package's: this Chromium aborts when it finds
 * no font at all, as on a machine with none installed. (The package has no CJK font: without one,
 * e.g. Debian's fonts-noto-cjk, Chinese text is laid out but drawn blank; the tests read text, not pixels.)
 */
function fontConfig(packageFonts: string): string {
  const file = join(tmpdir(), 'test-browser-fonts.conf');
  const xml = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${packageFonts}</dir>`,
    `  <cachedir>${join(tmpdir(), 'test-browser-fonts-cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
  // Test files look up the browser at the same time: each writes its own copy and renames it in place.
  const own = `${file}.${process.pid}`;
  writeFileSync(own, xml);
  renameSync(own, file);
  return file;
}

/** The package's folder of packed files (the one its executablePath() reads by default). */
function bundledBin(): string {
  return join(dirname(createRequire(import.meta.url).resolve(PACKAGE)), '..', 'bin');
}

/** The order the sources are tried in. */
export const BROWSER_SOURCES: BrowserSource[] = [fromEnv, fromPlaywright, fromInstalled, fromPackage];

/** The first browser the sources find, or undefined. */
export async function findBrowser(sources: BrowserSource[] = BROWSER_SOURCES): Promise<FoundBrowser | undefined> {
  for (const source of sources) {
    const found = await source();
    if (found) return found;
  }
  return undefined;
}
