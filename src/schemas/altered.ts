/** The schema of content/altered.yaml: signs of altered text and unfilled placeholders, as regular expressions' sources. */
import { z } from 'astro/zod';
import { regexSource } from './data-file.ts';

/** Regular expressions' sources (compiled with the `gu` flags), each checked to compile. */
const list = z.array(regexSource('gu')).default([]);

/** content/altered.yaml; every part may be left out. */
export const alteredSchema = z.preprocess(
  (data) => data ?? {},
  z
    .object({
      masked: list,
      initials: list,
      'masked-place': list,
      spin: z.array(z.object({ spun: regexSource('gu'), meant: z.string().min(1) }).strict()).default([]),
      spinMinimum: z.number().int().positive().default(2),
      placeholder: list,
    })
    .strict(),
);
