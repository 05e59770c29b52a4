/** The schema of content/places.yaml: aliases, ignored names, county-level-city cues, province cues. */
import { z } from 'astro/zod';
import { regexSource, stringList } from './data-file.ts';

/** content/places.yaml; every part may be left out. */
export const placesSchema = z
  .object({
    aliases: z
      .array(
        z.object({
          name: z.string().refine((name) => [...name].length >= 2, '地名至少要有两个字'),
          code: z.string().refine((code) => /^\d{2}(?:\d{2}){0,2}$/.test(code), '要写成带引号的 2、4 或 6 位行政区划代码，如 "4206"'),
        }),
      )
      .nullish()
      .transform((v) => v ?? []),
    ignore: stringList,
    countyLevelCity: stringList,
    provinceCues: z
      .array(z.object({ pattern: regexSource('u'), code: z.string().refine((code) => /^\d{2}$/.test(code), '要写成带引号的 2 位省级代码，如 "50"') }))
      .nullish()
      .transform((v) => v ?? []),
  })
  .nullish()
  .transform((v) => v ?? { aliases: [], ignore: [], countyLevelCity: [], provinceCues: [] });
