import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentPath } from './collections/content-dir.ts';
import { documentLoader } from './collections/document-loader.ts';
import { documentSchema } from './schemas/document.ts';
import { loadTopics } from './collections/taxonomy.ts';

const slugs = loadTopics().map((t) => t.slug) as [string, ...string[]];
const docSchema = documentSchema(slugs);

export const collections = {
  speeches: defineCollection({
    loader: documentLoader(contentPath('speeches')),
    schema: docSchema,
  }),
  reports: defineCollection({
    loader: documentLoader(contentPath('reports')),
    schema: docSchema,
  }),
  /** Hand-written reading paths (/guide/<id>/), composed with components that query the collections. */
  guides: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/guides' }),
    schema: z.object({
      title: z.string().min(1),
      /** Who the guide is for, e.g. 乡镇人大主席、副主席. */
      audience: z.string().min(1),
      description: z.string().min(1),
      /** Position in guide lists (ascending). */
      order: z.number().int(),
    }),
  }),
};

