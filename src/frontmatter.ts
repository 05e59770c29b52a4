/**
 * The frontmatter of a document file: split off its text, and parsed. One parse for the content
 * check, the document loader and the document renderer, so all three read a file alike.
 */
import { load, YAMLException } from 'js-yaml';

/** A document's YAML frontmatter and the text after it; `line` is where the YAML starts in the file. */
export function splitFrontmatter(text: string): { yaml: string; line: number; body: string } | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  return match ? { yaml: match[1], line: 2, body: text.slice(match[0].length) } : undefined;
}

/**
 * A document's frontmatter data and body (trimmed), or its problem (`path`, line, reason). Parsed
 * with js-yaml, as Astro parses frontmatter: an unquoted 2024-09-08 is a date, not a string.
 */
export function parseFrontmatter(path: string, text: string): { data: unknown; body: string } | { problems: string[] } {
  const front = splitFrontmatter(text);
  if (!front) return { problems: [`${path}:1: frontmatter: missing; a document starts with --- , YAML fields, then ---`] };
  try {
    return { data: load(front.yaml), body: front.body.trim() };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return { problems: [`${path}:${error.mark.line + front.line}: frontmatter: ${error.reason}`] };
  }
}
