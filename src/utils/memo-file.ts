/**
 * A value a command keeps for its next run in one file (V8-serialized, written atomically), tagged
 * with a version: the fingerprint of what the value depends on. A file of another version, or one
 * that cannot be read, counts as absent.
 */
import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { writeAtomic } from '../ingest/write/output-files.ts';

/** The value kept in `file` for `version`, or undefined. */
export function readMemo<T>(file: string, version: string): T | undefined {
  try {
    const kept = deserialize(readFileSync(file)) as { version: string; value: T };
    return kept.version === version ? kept.value : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `value` in `file` for `version`. */
export function writeMemo(file: string, version: string, value: unknown): void {
  writeAtomic(file, serialize({ version, value }));
}
