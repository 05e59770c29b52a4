/**
 * Human corrections to metadata. Editors write them in content/overrides.yaml, keyed by document
 * id; ingestion applies them over what classification derived, so corrections survive re-runs.
 *
 *   000-d5488321af5301b8-01:
 *     level: prefecture
 *     topics: [township, party-leadership]
 *     place: null        # null removes a derived value
 */
import { parse, YAMLError } from 'yaml';
import { DOCUMENT_FIELDS, type DocumentData } from '../schemas/document.ts';

/** Frontmatter fields an override may set; provenance (`source`) is never overridden. */
export const OVERRIDABLE_FIELDS = DOCUMENT_FIELDS.filter((field) => field !== 'source');

export type Override = Partial<Record<Exclude<keyof DocumentData, 'source'>, unknown>>;

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/** Parses the overrides file; throws (in Chinese) naming the file, the line or the id and the field when it is malformed. */
export function parseOverrides(text: string, file: string): Map<string, Override> {
  let data: unknown;
  try {
    data = text.trim() ? parse(text) : {};
  } catch (error) {
    if (!(error instanceof YAMLError)) throw error;
    const at = error.linePos?.[0];
    const where = at ? `第 ${at.line} 行第 ${at.col} 列：` : '';
    throw new Error(`${file}: ${where}YAML 写法有误（${error.code}），无法读取；请检查缩进、冒号和括号`);
  }
  if (data === null || data === undefined) return new Map();
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: 应当是从文档 id 到字段的映射（如 “某文档id:” 下一行缩进写 “level: county”），而不是 ${show(data)}`);
  }
  const out = new Map<string, Override>();
  for (const [id, fields] of Object.entries(data)) {
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      throw new Error(`${file}: ${id}: 应当是字段的映射（如 level: county），而不是 ${show(fields)}`);
    }
    for (const key of Object.keys(fields)) {
      if (!(OVERRIDABLE_FIELDS as string[]).includes(key)) {
        throw new Error(`${file}: ${id}: 不认识的字段 "${key}"；可以修改的字段：${OVERRIDABLE_FIELDS.join(', ')}`);
      }
    }
    out.set(id, fields as Override);
  }
  return out;
}

/** Applies one override to derived data: set fields replace, `null` removes (or clears `year`). */
export function applyOverride(data: DocumentData, override: Override | undefined): Record<string, unknown> {
  if (!override) return data;
  const out: Record<string, unknown> = { ...data };
  for (const [key, value] of Object.entries(override)) {
    if (value === null && key !== 'year') delete out[key];
    else out[key] = value;
  }
  return out;
}
