/** The schema of content/scope.yaml: people's-congress (`inside`) and other (`outside`) vocabulary, and the threshold. */
import { z } from 'astro/zod';

/** content/scope.yaml. */
export const scopeSchema = z.object({
  inside: z.array(z.string()),
  outside: z.array(z.string()),
  threshold: z.number().refine((t) => t > 0 && t <= 1, '要在 0 和 1 之间（大于 0，不大于 1）'),
});
