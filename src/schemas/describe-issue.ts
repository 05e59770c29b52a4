/**
 * Plain-language messages (in Chinese, for editors) for schema problems: the field, what was
 * found, and what is allowed. Shared by the ingest CLI (documents and overrides.yaml) and the
 * content check that runs before every build.
 */
import type { z } from 'astro/zod';

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/** Names of the value types a schema expects. */
const TYPE_NAMES: Record<string, string> = { string: '文本', number: '数字', boolean: 'true 或 false', array: '列表', object: '映射', date: '日期' };
const typeName = (type: unknown) => TYPE_NAMES[String(type)] ?? String(type);

/** Reads the value at an issue's path, so the message can quote what was written. */
function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** The problem of one issue, in words: never the schema library's own (English) message. */
function problemOf(issue: z.core.$ZodIssue, found: unknown): string {
  const bound = 'minimum' in issue ? issue.minimum : 'maximum' in issue ? issue.maximum : undefined;
  switch (issue.code) {
    case 'invalid_value':
      return `${show(found)} 不是可用的值；可用的值：${(issue.values as unknown[]).map(String).join(', ')}`;
    case 'invalid_type':
      return found === undefined ? `缺少此项（必填，${typeName(issue.expected)}）` : `${show(found)} 不是${typeName(issue.expected)}`;
    case 'too_small':
      if (issue.origin === 'string') return bound === 1 ? '不能为空' : `太短（至少 ${bound} 个字）`;
      if (issue.origin === 'array') return `至少要有 ${bound} 项`;
      return `${show(found)} 太小（不能小于 ${bound}）`;
    case 'too_big':
      if (issue.origin === 'string') return `太长（最多 ${bound} 个字）`;
      if (issue.origin === 'array') return `最多只能有 ${bound} 项`;
      return `${show(found)} 太大（不能大于 ${bound}）`;
    case 'invalid_format':
      return `${show(found)} 格式不对`;
    case 'custom':
      // Our own refinements (data files): their message says what is allowed.
      return issue.message ? `${typeof found === 'object' ? '' : `${show(found)}：`}${issue.message}` : `${show(found)} 不符合要求`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join(', ')}`;
    default:
      return `${show(found)} 不符合要求`;
  }
}

/** One line per issue: `where: field: problem`. */
export function describeIssues(where: string, error: z.ZodError, data?: unknown): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '（文档）';
    return `${where}: ${field}: ${problemOf(issue as z.core.$ZodIssue, valueAt(data, issue.path))}`;
  });
}
