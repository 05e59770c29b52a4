/** The schema of content/topics.yaml: the topic taxonomy, a non-empty list of topics. */
import { z } from 'astro/zod';

/** content/topics.yaml; a topic without a description reads as ''. */
export const topicsSchema = z
  .array(
    z.object({
      slug: z.string().refine((slug) => /^[a-z0-9-]+$/.test(slug), '只能用小写英文字母、数字和连字符（a-z、0-9、-）'),
      name: z.string().min(1),
      description: z.string().catch(''),
      keywords: z.array(z.string()),
    }),
  )
  .min(1);
