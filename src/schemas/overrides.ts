/**
 * The schema of content/overrides.yaml: human corrections to metadata, a map from document id to
 * the frontmatter fields to set. Each field is checked against the document schema (document.ts),
 * so a wrong value is reported with what is allowed; `null` removes a value ingestion derived.
 */
import { z } from 'astro/zod';
import { DOCUMENT_FIELDS, documentSchema } from './document.ts';

/** Frontmatter fields an override may set; provenance (`source`) is never overridden. */
export const OVERRIDABLE_FIELDS = DOCUMENT_FIELDS.filter((field) => field !== 'source');

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields of one document's override: the document schema's, each also `null`; `topicSlugs` is the taxonomy. */
function overrideFields(topicSlugs: readonly [string, ...string[]]) {
  const shape = documentSchema(topicSlugs).omit({ source: true }).shape;
  type Shape = typeof shape;
  return Object.fromEntries(Object.entries(shape).map(([field, schema]) => [field, schema.nullable().optional()])) as {
    [K in keyof Shape]: z.ZodOptional<z.ZodNullable<Shape[K]>>;
  };
}

/** One document's override; every field that is not overridable is reported, with the ones that are. */
export function overrideSchema(topicSlugs: readonly [string, ...string[]]) {
  const fields = overrideFields(topicSlugs);
  return z.custom<Record<string, unknown>>(isMap, '应当是字段的映射（如 level: county）').pipe(
    z
      .object(fields)
      .catchall(z.unknown())
      .superRefine(
        (entry, ctx) => {
          for (const key of Object.keys(entry)) {
            if (key in fields) continue;
            ctx.addIssue({ code: 'custom', message: `不认识的字段 "${key}"；可以修改的字段：${OVERRIDABLE_FIELDS.join(', ')}` });
          }
        },
        // Also when a field's value is wrong, so one run lists every problem.
        { when: () => true },
      ),
  );
}

/** content/overrides.yaml for the taxonomy `topicSlugs`; an empty file has no overrides. */
export function overridesSchema(topicSlugs: readonly [string, ...string[]]) {
  return z.preprocess(
    (data) => data ?? {},
    z
      .custom<Record<string, unknown>>(isMap, '应当是从文档 id 到字段的映射（如 “某文档id:” 下一行缩进写 “level: county”）')
      .pipe(z.record(z.string(), overrideSchema(topicSlugs))),
  );
}

/** One document's override: the fields to set, `null` for those to remove. */
export type Override = z.output<ReturnType<typeof overrideSchema>>;
