/**
 * The project's commands as a user runs them, for end-to-end tests: the ingest CLI and
 * `npm run build` pointed at a temporary content folder (CONTENT_DIR) and output folder.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The environment for a child command: this process's, without vitest's own variables (it sets
 * BASE_URL=/, MODE and NODE_ENV=test, which a child `astro build` would pick up instead of BASE_PATH).
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST_')) delete env[name];
  return env;
}

/** Runs `npm run ingest -- ...args` (the script under this Node 24, as npm would). */
export function runIngest(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8', timeout: 300_000 });
}

/**
 * Held while a test builds: Astro writes generated modules into the project's .astro/ folder, so two
 * builds at once (test files run in parallel) could read each other's. Waiting builds queue in the
 * order they asked (a test file that builds again at once does not starve the others). A lock older
 * than the build timeout, or a place in the queue of a process that has gone, was left by a killed
 * test and is taken over.
 */
const BUILD_LOCK = '.astro/test-build.lock';
const BUILD_QUEUE = '.astro/test-build.queue';
const BUILD_TIMEOUT = 300_000;

/** Whether the process `pid` still runs. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The first place in the build queue; places of processes that have gone are removed. */
function firstInQueue(): string | undefined {
  for (const name of readdirSync(BUILD_QUEUE).sort()) {
    if (running(Number(name.split('-')[1]))) return name;
    rmSync(join(BUILD_QUEUE, name), { force: true });
  }
  return undefined;
}

/** Waits for the build lock and takes it; call the returned function to release it. */
export function acquireBuildLock(): () => void {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  mkdirSync(BUILD_QUEUE, { recursive: true });
  // A place in the queue: the time asked on the system's monotonic clock in nanoseconds (fixed
  // width, so names sort in order; milliseconds tied when one process asked just after another), then the pid.
  const ticket = `${String(process.hrtime.bigint()).padStart(24, '0')}-${process.pid}`;
  writeFileSync(join(BUILD_QUEUE, ticket), '');
  try {
    for (;;) {
      if (firstInQueue() === ticket) {
        try {
          mkdirSync(BUILD_LOCK);
          break;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
          const held = statSync(BUILD_LOCK, { throwIfNoEntry: false });
          if (held && Date.now() - held.mtimeMs > BUILD_TIMEOUT) rmSync(BUILD_LOCK, { recursive: true, force: true });
        }
      }
      Atomics.wait(sleeper, 0, 0, 100);
    }
  } finally {
    rmSync(join(BUILD_QUEUE, ticket), { force: true });
  }
  return () => rmSync(BUILD_LOCK, { recursive: true, force: true });
}

/**
 * Runs `npm run build` on the documents in `contentDir` (speeches/, reports/), writing the site to
 * `outDir`, with `env` added to the environment (vitest's own variables left out, see childEnv) and
 * `args` more options for `astro build` (e.g. `--force`).
 */
export function runBuild(contentDir: string, outDir: string, env: NodeJS.ProcessEnv = {}, args: string[] = []): SpawnSyncReturns<string> {
  const release = acquireBuildLock();
  try {
    return spawnSync('npm', ['run', 'build', '--', '--outDir', outDir, ...args], {
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT,
      env: childEnv({ ...env, CONTENT_DIR: contentDir }),
    });
  } finally {
    release();
  }
}
