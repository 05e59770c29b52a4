/**
 * The project's own commands as the benchmarks run them: child processes from the project folder
 * (the working directory), exactly as a user runs them, most under this Node and measured (wall,
 * CPU, peak memory), so the figures are what a user waits for.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runNodeScript, type Measured } from './measure.ts';

/** Astro's command-line entry, run directly so its time is not npm's. */
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');

/** `npm run corpus:generate`: `docs` synthetic articles from the seeds into `out`. */
export function generateSources(docs: number, out: string, seed: number): Promise<Measured> {
  return runNodeScript('scripts/corpus-generate.ts', ['--docs', String(docs), '--out', out, '--seed', String(seed)]);
}

/** `npm run ingest`: the raw compilations in `sources` into the content folder `out`, with its cache. */
export function ingestSources(sources: string, out: string, cache: string): Promise<Measured> {
  return runNodeScript('scripts/ingest.ts', [sources, '--out', out, '--cache', cache]);
}

/** `npm run build` as its two steps: check-content, then astro build (which writes both search indexes). */
export async function buildSite(content: string, dist: string, env: NodeJS.ProcessEnv = {}): Promise<{ check: Measured; astro: Measured }> {
  const withContent = { CONTENT_DIR: content, ...env };
  const check = await runNodeScript('scripts/check-content.ts', [], { env: withContent });
  const astro = await runNodeScript(ASTRO, ['build', '--outDir', dist], { env: withContent });
  return { check, astro };
}

/**
 * `dir` as `make` fills it, made once: a folder a previous run completed (it holds `.complete`)
 * is reused; one it left half done is removed and made again.
 */
export async function madeOnce(dir: string, make: () => Promise<unknown>): Promise<string> {
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    await make();
    writeFileSync(join(dir, '.complete'), '');
  }
  return dir;
}

/** True when `dist` holds a complete build: both search indexes. */
export function hasSearchIndexes(dist: string): boolean {
  return existsSync(join(dist, 'search-index/meta.bin')) && existsSync(join(dist, 'pagefind/pagefind.js'));
}

/** `npm run build` into dist/ for the base path `base`, in the foreground (its log on stderr); throws when it fails. */
export function npmBuild(base: string): void {
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BASE_PATH: base } });
  if (result.status !== 0) throw new Error('npm run build failed');
}
