/**
 * Checks the documents' frontmatter before a build and reports every problem at once (Astro stops
 * at the first): one line per problem naming the file, the field and what is allowed.
 */
import { createHash } from 'node:crypto';
import { parseFrontmatter } from './frontmatter.ts';
import { documentSchema } from '../schemas/document.ts';
import { describeIssues } from '../schemas/describe-issue.ts';

export interface ContentFile {
  /** Path shown in messages, e.g. content/speeches/x.md. */
  path: string;
  text: string;
}

/** The document id Astro derives from a file path: its name without extension. */
const idOf = (path: string) => path.split('/').pop()!.replace(/\.mdx?$/, '');

/**
 * A document id that can be a URL segment as it is: letters, digits, `-`, `_` and `.`, not starting
 * with `.` (so never `.` or `..`). Ingestion writes ids of [a-z0-9-].
 */
export const SAFE_ID = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** The problem of a document whose id (file name) another document at `firstPath` already has. */
export const duplicateIdProblem = (path: string, id: string, firstPath: string) =>
  `${path}: id: "${id}" 与 ${firstPath} 的 id 相同；文档 id 不能重复，请把其中一个文件改名`;

/** The problem of a duplicateOf that names no document. */
export const unknownDuplicateOfProblem = (path: string, target: string) => `${path}: duplicateOf: 没有 id 为 "${target}" 的文档`;

/** What checking one file found: its problems, and the document it says it duplicates. */
export interface FileCheck {
  problems: string[];
  duplicateOf?: string;
}

/** Checks one file's frontmatter against the schema. */
export function checkFile(file: ContentFile, schema: ReturnType<typeof documentSchema>): FileCheck {
  const front = parseFrontmatter(file.path, file.text);
  if ('problems' in front) return { problems: front.problems };
  const parsed = schema.safeParse(front.data);
  if (!parsed.success) return { problems: describeIssues(file.path, parsed.error, front.data) };
  return { problems: [], ...(parsed.data.duplicateOf ? { duplicateOf: parsed.data.duplicateOf } : {}) };
}

/**
 * Returns one message per problem across all files; empty when everything is valid. With a `memo`
 * (checks of an earlier run by digest of path and text, for the same schema and code), unchanged
 * files are not parsed again, and on return the memo holds this run's files.
 */
export function checkContent(
  files: ContentFile[],
  topicSlugs: readonly [string, ...string[]],
  memo?: Map<string, FileCheck>,
): string[] {
  const schema = documentSchema(topicSlugs);
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const duplicateOf: { path: string; target: string }[] = [];
  const checked = new Map<string, FileCheck>();
  for (const file of files) {
    const id = idOf(file.path);
    if (!SAFE_ID.test(id)) {
      problems.push(`${file.path}: id: "${id}" 不能用作网址；文件名只能用字母、数字、-、_ 和 .，且不能以 . 开头`);
      continue;
    }
    const first = ids.get(id);
    if (first) problems.push(duplicateIdProblem(file.path, id, first));
    else ids.set(id, file.path);
    const key = memo && createHash('sha256').update(`${file.path}\0${file.text}`).digest('base64');
    const check = (key && memo.get(key)) || checkFile(file, schema);
    if (key) checked.set(key, check);
    problems.push(...check.problems);
    if (check.duplicateOf) duplicateOf.push({ path: file.path, target: check.duplicateOf });
  }
  for (const { path, target } of duplicateOf) {
    if (!ids.has(target)) problems.push(unknownDuplicateOfProblem(path, target));
  }
  if (memo) {
    memo.clear();
    for (const [key, check] of checked) memo.set(key, check);
  }
  return problems;
}
