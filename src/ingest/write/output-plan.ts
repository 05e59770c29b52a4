/**
 * Decides what a run writes and deletes in the output folder, without touching the disk. A manifest
 * of what the last run wrote (path → sha256) tells generated files from hand-edited ones: a file
 * changed by hand since the last run is never overwritten or deleted unless `force` is set.
 */
import { createHash } from 'node:crypto';

/** content/.ingest-manifest.json: what the last run wrote, relative to the output folder. */
export interface Manifest {
  files: Record<string, string>;
}

export interface PlannedFile {
  /** Path relative to the output folder, e.g. `speeches/000-d5488321af5301b8-01.md`. */
  path: string;
  content: string;
  /** SHA-256 of `content` when the caller already computed it; saves hashing it again. */
  digest?: string;
}

export interface OutputPlan {
  write: PlannedFile[];
  delete: string[];
  /** Files edited by hand since the last run that this run would overwrite or delete. */
  conflicts: string[];
  manifest: Manifest;
}

/** Hex SHA-256 of a UTF-8 string. */
export const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

/**
 * Plans a run: `files` is the full new output, `current` reads a file now on disk (undefined when
 * absent), `previous` is the last manifest.
 */
export function planOutput(
  files: PlannedFile[],
  current: (path: string) => string | undefined,
  previous: Manifest,
  force = false,
): OutputPlan {
  const conflicts: string[] = [];
  const handEdited = (path: string) => {
    const text = current(path);
    if (text === undefined) return false;
    const recorded = previous.files[path];
    return recorded === undefined ? true : recorded !== sha256(text);
  };
  const write: PlannedFile[] = [];
  for (const file of files) {
    if (current(file.path) === file.content) continue;
    if (!force && handEdited(file.path)) conflicts.push(file.path);
    else write.push(file);
  }
  const produced = new Set(files.map((f) => f.path));
  const remove: string[] = [];
  for (const path of Object.keys(previous.files).sort()) {
    if (produced.has(path) || current(path) === undefined) continue;
    if (!force && handEdited(path)) conflicts.push(path);
    else remove.push(path);
  }
  const manifest: Manifest = {
    files: Object.fromEntries(files.map((f) => [f.path, f.digest ?? sha256(f.content)]).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  return { write, delete: remove, conflicts, manifest };
}
