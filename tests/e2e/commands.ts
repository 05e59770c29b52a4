/**
 * The project's commands as a user runs them, for end-to-end tests: the ingest CLI and
 * `npm run build` pointed at a temporary content folder (CONTENT_DIR) and output folder.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';

/** Runs `npm run ingest -- ...args` (the script under this Node 24, as npm would). */
export function runIngest(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8', timeout: 300_000 });
}

/** Runs `npm run build` on the documents in `contentDir` (speeches/, reports/), writing the site to `outDir`. */
export function runBuild(contentDir: string, outDir: string): SpawnSyncReturns<string> {
  return spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
}
