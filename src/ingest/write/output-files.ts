/**
 * Applies an output plan to disk. Every file is written to a temporary sibling and renamed into
 * place, so a run that is killed leaves each document either old or new, never half-written; no
 * path outside the output folder is ever touched.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { Manifest, OutputPlan } from './output-plan.ts';

/** Name of the manifest file inside the output folder. */
export const MANIFEST_FILE = '.ingest-manifest.json';

/** Resolves `path` inside `outDir`, refusing anything that would escape it. */
export function insideOutput(outDir: string, path: string): string {
  const full = resolve(outDir, path);
  const rel = relative(resolve(outDir), full);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) throw new Error(`${path}: 不在输出文件夹 ${outDir} 之内，拒绝读写`);
  return full;
}

/** Reads a file of the output folder, or undefined when absent. */
export function readOutput(outDir: string, path: string): string | undefined {
  const full = insideOutput(outDir, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
}

/** The manifest of the last run, or an empty one. */
export function readManifest(outDir: string): Manifest {
  const text = readOutput(outDir, MANIFEST_FILE);
  if (!text) return { files: {} };
  try {
    const data = JSON.parse(text) as Manifest;
    return data && typeof data.files === 'object' ? data : { files: {} };
  } catch {
    throw new Error(`${join(outDir, MANIFEST_FILE)}: 不是有效的 JSON，无法读取；请删除这个文件，再加 --force 重新运行`);
  }
}

/** Writes a file atomically (temporary sibling + rename). */
export function writeAtomic(full: string, content: string | Uint8Array): void {
  mkdirSync(dirname(full), { recursive: true });
  const temp = `${full}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, full);
}

/** A temporary file writeAtomic leaves when its run is killed before the rename: `x.md.1234.tmp`. */
const STALE_TEMP = /\.\d+\.tmp$/;

/** Removes temporary files a killed run left in the folders this plan writes to. */
export function removeStaleTemps(outDir: string, plan: OutputPlan): void {
  const dirs = new Set(['.', ...Object.keys(plan.manifest.files).map((path) => dirname(path))]);
  for (const dir of dirs) {
    const full = dir === '.' ? resolve(outDir) : insideOutput(outDir, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full)) if (STALE_TEMP.test(name)) rmSync(join(full, name), { force: true });
  }
}

/** Carries out the plan: removes a killed run's temporary files, writes, deletes, then the new manifest last. */
export function applyPlan(outDir: string, plan: OutputPlan): void {
  removeStaleTemps(outDir, plan);
  for (const file of plan.write) writeAtomic(insideOutput(outDir, file.path), file.content);
  for (const path of plan.delete) rmSync(insideOutput(outDir, path), { force: true });
  writeAtomic(insideOutput(outDir, MANIFEST_FILE), JSON.stringify(plan.manifest, null, 2) + '\n');
}
