/**
 * Collects the input files of an ingest run: files named directly, and every .txt/.docx below the
 * folders named, in a stable order.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import type { SourceFile } from '../../src/ingest/types.ts';

/** Extensions ingestion reads; other files in input folders are listed as skipped. */
export const INPUT_EXTENSIONS = ['.txt', '.docx'];

export interface InputListing {
  /** Absolute path and the name used in reports and ids (relative to the input folder). */
  files: { path: string; name: string }[];
  skipped: string[];
}

/** Lists input files; throws naming the path when an input does not exist. */
export function listInputs(inputs: string[]): InputListing {
  const files: InputListing['files'] = [];
  const skipped: string[] = [];
  const accept = (path: string) => INPUT_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext));
  for (const input of inputs) {
    let info;
    try {
      info = statSync(input);
    } catch {
      throw new Error(`${input}: no such file or folder`);
    }
    if (info.isDirectory()) {
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
          const full = join(dir, entry.name);
          if (entry.isDirectory()) walk(full);
          else if (entry.isFile() && accept(entry.name)) files.push({ path: full, name: relative(input, full).split('\\').join('/') });
          else skipped.push(full);
        }
      };
      walk(input);
    } else if (accept(input)) {
      files.push({ path: input, name: basename(input) });
    } else {
      skipped.push(input);
    }
  }
  return { files, skipped };
}

/** Reads one input file with its hash. */
export function readSource(path: string, name: string): SourceFile {
  const bytes = readFileSync(path);
  return { name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
