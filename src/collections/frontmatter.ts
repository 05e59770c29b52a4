/**
 * The frontmatter of a document file: split off its text, and parsed. One parse for the content
 * check, the document loader and the document renderer, so all three read a file alike.
 */
import { load, YAMLException } from 'js-yaml';
import { isAlias, isNode, parseDocument, visit } from 'yaml';

/** A document's YAML frontmatter and the text after it; `line` is where the YAML starts in the file. */
export function splitFrontmatter(text: string): { yaml: string; line: number; body: string } | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  return match ? { yaml: match[1], line: 2, body: text.slice(match[0].length) } : undefined;
}

/** The problem of a document file without frontmatter. */
export const missingFrontmatter = (path: string) => `${path}:1: frontmatter: 缺少元数据；文档要以 --- 开头，接着是 YAML 字段，再以 --- 结束`;

/**
 * A document's frontmatter data and body (trimmed), or its problem (`path`, line, reason). Parsed
 * with js-yaml, as Astro parses frontmatter: an unquoted 2024-09-08 is a date, not a string.
 */
export function parseFrontmatter(path: string, text: string): { data: unknown; body: string } | { problems: string[] } {
  const front = splitFrontmatter(text);
  if (!front) return { problems: [missingFrontmatter(path)] };
  const alias = aliasLine(front.yaml);
  if (alias !== undefined) {
    return { problems: [`${path}:${alias + front.line}: frontmatter: 不允许使用 YAML 锚点或别名（&名称、*名称）；生成的文档从不使用它们`] };
  }
  try {
    return { data: load(front.yaml), body: front.body.trim() };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // The same words as for a data file (src/schemas/data-file.ts); js-yaml's own reason in parentheses.
    return { problems: [`${path}:${error.mark.line + front.line}: frontmatter: YAML 写法有误（${error.reason}），无法读取；请检查缩进、冒号和括号`] };
  }
}

/**
 * The 0-based line of the first YAML anchor or alias, or undefined when there is none. Aliases are
 * refused before js-yaml loads the text: a few lines of nested aliases expand to gigabytes (an
 * "alias bomb"). Only text holding `&` or `*` is parsed a second time, by `yaml`, whose document
 * tree keeps aliases unexpanded.
 */
function aliasLine(yaml: string): number | undefined {
  if (!/[&*]/.test(yaml)) return undefined;
  let offset: number | undefined;
  visit(parseDocument(yaml), (_key, node) => {
    if (isAlias(node) || (isNode(node) && node.anchor)) {
      offset = (node as { range?: [number, number, number] }).range?.[0] ?? 0;
      return visit.BREAK;
    }
  });
  return offset === undefined ? undefined : yaml.slice(0, offset).split('\n').length - 1;
}
