/**
 * The project's commands as a user runs them, for end-to-end tests: the ingest CLI and
 * `npm run build` pointed at a temporary content folder (CONTENT_DIR) and output folder.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';

/** Runs `npm run ingest -- ...args` (the script under this Node 24, as npm would). */
export function runIngest(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8', timeout: 300_000 });
}

/**
 * Held while a test builds: Astro writes generated modules into the project's .astro/ folder, so two
 * builds at once (test files run in parallel) could read each other's. A lock older than the build
 * timeout was left by a killed test and is taken over.
 */
const BUILD_LOCK = '.astro/test-build.lock';
const BUILD_TIMEOUT = 300_000;

/** Waits for the build lock and takes it; call the returned function to release it. */
export function acquireBuildLock(): () => void {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        mkdirSync('.astro', { recursive: true });
        continue;
      }
      if (code !== 'EEXIST') throw error;
      const held = statSync(BUILD_LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > BUILD_TIMEOUT) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else Atomics.wait(sleeper, 0, 0, 200);
    }
  }
  return () => rmSync(BUILD_LOCK, { recursive: true, force: true });
}

/**
 * Runs `npm run build` on the documents in `contentDir` (speeches/, reports/), writing the site to
 * `outDir`, with `env` added to the environment.
 */
export function runBuild(contentDir: string, outDir: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const release = acquireBuildLock();
  try {
    return spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT,
      env: { ...process.env, ...env, CONTENT_DIR: contentDir },
    });
  } finally {
    release();
  }
}
