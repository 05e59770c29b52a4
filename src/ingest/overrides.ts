/**
 * Human corrections to metadata. Editors write them in content/overrides.yaml, keyed by document
 * id; ingestion applies them over what classification derived, so corrections survive re-runs.
 *
 *   000-d5488321af5301b8-01:
 *     level: prefecture
 *     topics: [township, party-leadership]
 *     place: null        # null removes a derived value
 */
import { parse } from 'yaml';
import { DOCUMENT_FIELDS, type DocumentData } from '../schemas/document.ts';

/** Frontmatter fields an override may set; provenance (`source`) is never overridden. */
export const OVERRIDABLE_FIELDS = DOCUMENT_FIELDS.filter((field) => field !== 'source');

export type Override = Partial<Record<Exclude<keyof DocumentData, 'source'>, unknown>>;

/** Parses the overrides file; throws naming the file, the id and the field when it is malformed. */
export function parseOverrides(text: string, file: string): Map<string, Override> {
  const data: unknown = text.trim() ? parse(text) : {};
  if (data === null || data === undefined) return new Map();
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: expected a map from document id to fields`);
  }
  const out = new Map<string, Override>();
  for (const [id, fields] of Object.entries(data)) {
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      throw new Error(`${file}: ${id}: expected a map of fields`);
    }
    for (const key of Object.keys(fields)) {
      if (!(OVERRIDABLE_FIELDS as string[]).includes(key)) {
        throw new Error(`${file}: ${id}: unknown field "${key}"; allowed: ${OVERRIDABLE_FIELDS.join(', ')}`);
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
