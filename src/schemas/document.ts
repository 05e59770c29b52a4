/**
 * The frontmatter contract of the `speeches` and `reports` collections.
 * Ingestion validates what it writes against it; `src/content.config.ts` validates what Astro reads.
 */
import { z } from 'astro/zod';

/** What a document is: 讲话 / 经验交流 / 汇报·总结·工作报告 / 其他. */
export const KINDS = ['speech', 'experience', 'report', 'other'] as const;
/** The level of the body speaking or reporting. */
export const LEVELS = ['province', 'prefecture', 'county', 'township', 'unknown'] as const;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** Years from dated references in the text (十一五开局之年 → 2006). */
export const eraSchema = z.object({
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  basis: z.array(z.string()).min(1),
});

/** A place resolved against the gazetteer of administrative divisions. */
export const placeSchema = z.object({
  name: z.string().min(1),
  province: z.string().optional(),
  code: z.string().regex(/^\d{2,12}$/).optional(),
});

/**
 * Signs that a template site altered the text (see content/altered.yaml): masked words, names as
 * pinyin initials, places masked as `aa`, synonym spin; and placeholders nobody filled in.
 */
export const ALTERATION_KINDS = ['masked', 'initials', 'masked-place', 'spin', 'placeholder'] as const;

/** One kind of alteration found in a document: how often, and up to three examples as written. */
export const alterationSchema = z.object({
  kind: z.enum(ALTERATION_KINDS),
  count: z.number().int().positive(),
  examples: z.array(z.string().min(1)).max(3),
});

/** Where a document came from, for provenance and the no-loss check. */
export const sourceSchema = z.object({
  file: z.string().min(1),
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * Builds the document schema; `topicSlugs` is the taxonomy (content/topics.yaml), so an unknown
 * slug fails with the list of allowed ones.
 */
export function documentSchema(topicSlugs: readonly [string, ...string[]]) {
  return z.object({
    title: z.string().min(1),
    subtitle: z.string().optional(),
    kind: z.enum(KINDS),
    level: z.enum(LEVELS),
    year: z.number().int().min(1949).max(2100).nullable(),
    date: partialDate.optional(),
    era: eraSchema.optional(),
    /** Set when the stated year contradicts the dated references in the text. */
    yearConflict: z.string().optional(),
    place: placeSchema.optional(),
    speaker: z.string().optional(),
    organ: z.string().optional(),
    /** The author or organ line as written, e.g. 疏勒县人大常委会. */
    byline: z.string().optional(),
    /** The date line as written, e.g. 二Ｏ一Ｏ年十一月八日. */
    dateline: z.string().optional(),
    topics: z.array(z.enum(topicSlugs)).min(1).max(5),
    onTopic: z.boolean(),
    duplicateOf: z.string().regex(/^[a-z0-9-]+$/).optional(),
    /** Set when the text shows signs of alteration by a template site, or unfilled placeholders. */
    altered: z.array(alterationSchema).min(1).optional(),
    summary: z.string().min(1),
    source: sourceSchema,
  });
}

export type DocumentKind = (typeof KINDS)[number];
export type DocumentLevel = (typeof LEVELS)[number];
export type DocumentData = z.infer<ReturnType<typeof documentSchema>>;
export type AlterationKind = (typeof ALTERATION_KINDS)[number];
export type Alteration = z.infer<typeof alterationSchema>;

/** Frontmatter field names in the order the schema declares them, which is the order files are written in. */
export const DOCUMENT_FIELDS = Object.keys(documentSchema(['_']).shape) as (keyof DocumentData)[];
