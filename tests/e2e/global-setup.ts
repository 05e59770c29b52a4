/**
 * Vitest global setup of the end-to-end tests: stops the run at once, with one line saying what to
 * install, when no browser is found (unpacking the packaged one here, once, before the test files
 * run in parallel); then builds the site once when dist/ is missing, older than its sources, or was
 * built for another base path. SKIP_BUILD=1 uses dist/ as it is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { testBrowser } from '../../src/tools/browser.ts';

const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Why dist/ must be rebuilt, or undefined when it is fresh. */
export function staleReason(): string | undefined {
  const index = 'dist/index.html';
  if (!existsSync(index)) return 'dist/ is missing';
  if (Math.max(...SOURCES.map(newestMtime)) > statSync(index).mtimeMs) return 'sources changed since the last build';
  if (!readFileSync(index, 'utf8').includes('href="/docs/"')) return 'dist/ was built for another base path';
  return undefined;
}

export default async function setup(): Promise<void> {
  try {
    await testBrowser();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  if (process.env.SKIP_BUILD) return;
  const reason = staleReason();
  if (!reason) return;
  console.log(`building the site for the tests: ${reason}`);
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BASE_PATH: '/' } });
}
