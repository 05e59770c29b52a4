/** The schema of content/noise.yaml: the patterns ingestion removes, as regular expressions' sources by group and kind. */
import { z } from 'astro/zod';
import { regexSource } from './data-file.ts';

/** Regular expressions' sources, each checked to compile. */
const patternList = z.array(regexSource('u')).default([]);

/** content/noise.yaml; every part may be left out (an empty file has no patterns). */
export const noiseFileSchema = z.preprocess(
  (data) => data ?? {},
  z.object({
    lines: z
      .object({ watermark: patternList, boilerplate: patternList, 'page-number': patternList })
      .strict()
      .default({ watermark: [], boilerplate: [], 'page-number': [] }),
    inline: z
      .object({ 'page-number': patternList, watermark: patternList, boilerplate: patternList })
      .strict()
      .default({ 'page-number': [], watermark: [], boilerplate: [] }),
    titleSuffixes: patternList,
    outline: z.object({ start: patternList, end: patternList, label: patternList }).strict().default({ start: [], end: [], label: [] }),
    chrome: z.object({ breadcrumb: patternList, lists: patternList }).strict().default({ breadcrumb: [], lists: [] }),
    audit: z.object({ words: patternList, minProse: z.number().int().positive().default(12) }).strict().default({ words: [], minProse: 12 }),
  }),
);
