/**
 * The project's own commands as the benchmarks run them: each a child process under this Node,
 * measured (wall, CPU, peak memory), from the project folder (the working directory), exactly as
 * a user runs them, so the figures are what a user waits for.
 */
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
