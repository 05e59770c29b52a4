/** The schema of content/eras.yaml: dated phrases, each `{ pattern, from?, to? }` with at least one year. */
import { z } from 'astro/zod';
import { regexSource } from './data-file.ts';

const year = z
  .number()
  .int()
  .min(1900)
  .max(2100)
  .nullish()
  .transform((v) => v ?? null);

/** content/eras.yaml: patterns compiled with the `gu` flags. */
export const erasSchema = z.array(
  z
    .object({ pattern: regexSource('gu'), from: year, to: year })
    .superRefine((rule, ctx) => {
      if (rule.from === null && rule.to === null) ctx.addIssue({ code: 'custom', message: '要写 from 或 to（年份），至少一个' });
      if (rule.from !== null && rule.to !== null && rule.from > rule.to) ctx.addIssue({ code: 'custom', path: ['from'], message: `晚于 to（${rule.to}）` });
    })
    .transform((rule) => ({ pattern: new RegExp(rule.pattern, 'gu'), from: rule.from, to: rule.to })),
);
