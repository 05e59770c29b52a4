/**
 * `npm run check:content` (also the first step of `npm run build`): validates every document's
 * frontmatter and prints all problems, one per line, then exits 1 if there were any.
 * Reads the content folder named by CONTENT_DIR (default content/). The checks of unchanged files
 * are kept in .cache/content-check/ (one file per content folder) and not repeated.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type FileCheck } from '../src/content-check.ts';
import { contentCheckMemo, contentPath, isDocumentFile } from '../src/content-dir.ts';
import { loadTopics } from '../src/taxonomy.ts';
import { codeFingerprint } from '../src/utils/cache-fingerprint.ts';
import { readMemo, writeMemo } from './lib/memo-file.ts';

const COLLECTION_DIRS = [contentPath('speeches'), contentPath('reports')];
/** Entry module of a file's check: the memo's key covers every module it imports. */
const CHECK_ENTRY = new URL('../src/content-check.ts', import.meta.url);

const files = COLLECTION_DIRS.filter((dir) => existsSync(dir)).flatMap((dir) =>
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
if (problems.length) {
  console.error(`内容检查未通过（${problems.length} 处问题）：\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`内容检查通过：${files.length} 篇文档`);
