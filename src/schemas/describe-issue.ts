/**
 * Plain-language messages for schema problems: the field, what was found, and what is allowed.
 * Shared by the ingest CLI and the content check that runs before every build.
 */
import type { z } from 'astro/zod';

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/** Reads the value at an issue's path, so the message can quote what was written. */
function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** One line per issue: `where: field: problem`. */
export function describeIssues(where: string, error: z.ZodError, data?: unknown): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(document)';
    const found = valueAt(data, issue.path);
    let problem = issue.message;
    if (issue.code === 'invalid_value' && 'values' in issue) {
      problem = `${show(found)} is not allowed; allowed values: ${(issue.values as unknown[]).map(String).join(', ')}`;
    } else if (issue.code === 'invalid_type') {
      problem = found === undefined ? `missing (required ${issue.expected})` : `${show(found)} is not a ${issue.expected}`;
    }
    return `${where}: ${field}: ${problem}`;
  });
}
