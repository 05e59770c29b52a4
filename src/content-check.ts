/**
 * Checks the documents' frontmatter before a build and reports every problem at once (Astro stops
 * at the first): one line per problem naming the file, the field and what is allowed.
 */
import { parseDocument } from 'yaml';
import { documentSchema } from './schemas/document.ts';
import { describeIssues } from './schemas/describe-issue.ts';

export interface ContentFile {
  /** Path shown in messages, e.g. content/speeches/x.md. */
  path: string;
  text: string;
}

/** Splits off the YAML frontmatter; the line number is where the YAML starts in the file. */
function frontmatter(text: string): { yaml: string; line: number } | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  return match ? { yaml: match[1], line: 2 } : undefined;
}

/** The document id Astro derives from a file path: its name without extension. */
const idOf = (path: string) => path.split('/').pop()!.replace(/\.mdx?$/, '');

/** Returns one message per problem across all files; empty when everything is valid. */
export function checkContent(files: ContentFile[], topicSlugs: readonly [string, ...string[]]): string[] {
  const schema = documentSchema(topicSlugs);
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const duplicateOf: { path: string; target: string }[] = [];
  for (const file of files) {
    const id = idOf(file.path);
    const first = ids.get(id);
    if (first) problems.push(`${file.path}: id: "${id}" is also the id of ${first}; document ids must be unique`);
    else ids.set(id, file.path);
    const front = frontmatter(file.text);
    if (!front) {
      problems.push(`${file.path}:1: frontmatter: missing; a document starts with --- , YAML fields, then ---`);
      continue;
    }
    // YAML 1.1, as Astro reads frontmatter: an unquoted 2024-09-08 is a date, not a string.
    const doc = parseDocument(front.yaml, { version: '1.1' });
    if (doc.errors.length) {
      for (const error of doc.errors) {
        const line = (error.linePos?.[0].line ?? 1) + front.line - 1;
        problems.push(`${file.path}:${line}: frontmatter: ${error.message.split('\n')[0]}`);
      }
      continue;
    }
    const data: unknown = doc.toJS();
    const parsed = schema.safeParse(data);
    if (!parsed.success) problems.push(...describeIssues(file.path, parsed.error, data));
    else if (parsed.data.duplicateOf) duplicateOf.push({ path: file.path, target: parsed.data.duplicateOf });
  }
  for (const { path, target } of duplicateOf) {
    if (!ids.has(target)) problems.push(`${path}: duplicateOf: no document has the id "${target}"`);
  }
  return problems;
}
