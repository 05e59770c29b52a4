/**
 * Astro integration: a rebuild keeps the pages of the last build in the output folder instead of
 * emptying it and copying them back from the cache. With the incremental build
 * (experimental.incrementalBuild), Astro leaves a page it can skip as it is when the file already
 * exists; emptying the folder and restoring 12,000 pages took ~10 s of a 10,000-document rebuild.
 *
 * The folder is only kept when it is, as far as files can tell, what the last finished build of
 * this cache wrote: a stamp in Astro's cache folder names the output folder and the identity of its
 * index.html (size, mtime, inode) after that build, and says `building` while a build runs (a build
 * that failed half-way is not trusted). Otherwise the folder is emptied, as Astro would.
 * After the pages are generated, and before the other integrations' build:done hooks (put this
 * integration first), every file that was there when the build started, that this build neither
 * produced as a page nor wrote again, is removed: the folder then holds what a build into an empty
 * folder holds at that point, but for the folders `owned` by later hooks (the search indexes),
 * which these bring up to date themselves.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The identity of a file: changes when the file is written or replaced. */
interface FileState {
  size: number;
  mtimeMs: number;
  ino: number;
}

export interface Stamp {
  outDir: string;
  state: 'building' | 'done';
  index?: FileState;
}

/** A file of the output folder that every build writes, whose identity tells which build wrote the folder. */
const PROBE = 'index.html';

function fileState(path: string): FileState | undefined {
  const s = statSync(path, { throwIfNoEntry: false });
  return s?.isFile() ? { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino } : undefined;
}

const sameState = (a: FileState | undefined, b: FileState | undefined) =>
  a !== undefined && b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

function readStamp(file: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

function writeStamp(file: string, stamp: Stamp): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(stamp));
}

/** Whether `outDir` holds what the last finished build recorded in `stamp` wrote. */
export function isLastOutput(stamp: Stamp | undefined, outDir: string): boolean {
  return stamp?.state === 'done' && stamp.outDir === outDir && sameState(stamp.index, fileState(join(outDir, PROBE)));
}

/** Every file below `dir` with its identity, but those in the top-level folders `owned`. */
export function snapshot(dir: string, owned: readonly string[] = []): Map<string, FileState> {
  const files = new Map<string, FileState>();
  if (!existsSync(dir)) return files;
  for (const top of readdirSync(dir, { withFileTypes: true })) {
    if (owned.includes(top.name)) continue;
    const entries = top.isDirectory() ? readdirSync(join(dir, top.name), { recursive: true, withFileTypes: true }) : [top];
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      const state = fileState(path);
      if (state) files.set(path, state);
    }
  }
  return files;
}

/**
 * Removes the files of `before` that are not in `keep` and were not written since (same identity),
 * then the folders that removal left empty; returns how many files were removed.
 */
export function removeStale(dir: string, before: Map<string, FileState>, keep: Set<string>): number {
  let removed = 0;
  const folders = new Set<string>();
  for (const [path, state] of before) {
    if (keep.has(path) || !sameState(state, fileState(path))) continue;
    rmSync(path, { force: true });
    removed++;
    folders.add(dirname(path));
  }
  // Deepest first, so a folder emptied by removing its empty subfolders goes too.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    for (let f = folder; f.startsWith(dir + '/') && existsSync(f) && readdirSync(f).length === 0; f = dirname(f)) rmdirSync(f);
  }
  return removed;
}

/** Empties `dir` as Astro does (everything but .git). */
function empty(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
}

/** Options of {@link reuseOutput}. */
export interface ReuseOutputOptions {
  /**
   * Top-level folders of the output that a later build:done hook brings up to date itself (the
   * search indexes): kept as they are, for that hook to reuse what it can.
   */
  owned?: readonly string[];
}

/** The integration; list it before any integration whose build:done hook reads or writes the output folder. */
export default function reuseOutput(options: ReuseOutputOptions = {}): AstroIntegration {
  let outDir = '';
  let stampFile = '';
  let before = new Map<string, FileState>();
  return {
    name: 'reuse-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
        stampFile = join(fileURLToPath(config.cacheDir), 'reuse-output.json');
      },
      'astro:build:start': ({ logger }) => {
        if (isLastOutput(readStamp(stampFile), outDir)) {
          before = snapshot(outDir, options.owned);
          logger.info(`keeping the last build's ${before.size} files in ${outDir}`);
        } else {
          empty(outDir);
          before = new Map();
        }
        writeStamp(stampFile, { outDir, state: 'building' });
      },
      'astro:build:done': ({ assets, logger }) => {
        const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const removed = removeStale(outDir, before, pages);
        if (removed) logger.info(`removed ${removed} files of the last build not written by this one (later hooks write their own again)`);
        writeStamp(stampFile, { outDir, state: 'done', index: fileState(join(outDir, PROBE)) });
      },
    },
  };
}
