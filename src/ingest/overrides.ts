/**
 * Human corrections to metadata. Editors write them in content/overrides.yaml, keyed by document
 * id; ingestion applies them over what classification derived, so corrections survive re-runs.
 *
 *   000-d5488321af5301b8-01:
 *     level: prefecture
 *     topics: [township, party-leadership]
 *     place: null        # null removes a derived value
 */
import { parseDataFile } from '../schemas/data-file.ts';
import type { DocumentData } from '../schemas/document.ts';
import { overridesSchema, type Override } from '../schemas/overrides.ts';

export type { Override };

/**
 * Parses the overrides file against the taxonomy `topicSlugs` (src/schemas/overrides.ts); a
 * DataFileError lists every problem (in Chinese) with the file, the line or the id and field, and what is allowed.
 */
export function parseOverrides(text: string, file: string, topicSlugs: readonly [string, ...string[]]): Map<string, Override> {
  return new Map(Object.entries(parseDataFile(overridesSchema(topicSlugs), text, file)));
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
