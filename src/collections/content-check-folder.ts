/**
 * The content check of the content folder (`npm run check:content`, the first step of every
 * build): every document of speeches/ and reports/ checked by {@link checkContent}, with the checks
 * of unchanged files kept in .cache/content-check/ (one memo per content folder) and not repeated.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type FileCheck } from './content-check.ts';
import { contentCheckMemo, contentPath, isDocumentFile } from './content-dir.ts';
import { loadTopics } from './taxonomy.ts';
import { codeFingerprint } from '../utils/cache-fingerprint.ts';
import { readMemo, writeMemo } from '../utils/memo-file.ts';

/** Entry module of a file's check: the memo's key covers every module it imports. */
const CHECK_ENTRY = new URL('./content-check.ts', import.meta.url);

/** Checks the documents of the content folder (CONTENT_DIR, default content/); how many there are and every problem. */
export function checkContentFolder(): { documents: number; problems: string[] } {
  const files = [contentPath('speeches'), contentPath('reports')]
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter(isDocumentFile)
        .sort()
        .map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') })),
    );
  const slugs = loadTopics().map((t) => t.slug) as [string, ...string[]];
  const memoFile = contentCheckMemo();
  const version = `${codeFingerprint([CHECK_ENTRY], '.')} ${slugs.join(',')}`;
  const memo = readMemo<Map<string, FileCheck>>(memoFile, version) ?? new Map();
  const problems = checkContent(files, slugs, memo);
  writeMemo(memoFile, version, memo);
  return { documents: files.length, problems };
}
