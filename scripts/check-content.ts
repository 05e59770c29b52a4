/**
 * `npm run check:content` (also the first step of `npm run build`): validates every document's
 * frontmatter and prints all problems, one per line, then exits 1 if there were any.
 * Reads the content folder named by CONTENT_DIR (default content/).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../src/content-check.ts';
import { contentPath, isDocumentFile } from '../src/content-dir.ts';
import { loadTopics } from '../src/taxonomy.ts';

const COLLECTION_DIRS = [contentPath('speeches'), contentPath('reports')];

const files = COLLECTION_DIRS.filter((dir) => existsSync(dir)).flatMap((dir) =>
  readdirSync(dir)
    .filter(isDocumentFile)
    .sort()
    .map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') })),
);
const slugs = loadTopics().map((t) => t.slug) as [string, ...string[]];
const problems = checkContent(files, slugs);
if (problems.length) {
  console.error(`内容检查未通过（${problems.length} 处问题）：\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`内容检查通过：${files.length} 篇文档`);
