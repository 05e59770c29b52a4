import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentPath, DOCUMENT_EXTENSION } from './content-dir.ts';
import { documentSchema } from './schemas/document.ts';
import { loadTopics } from './taxonomy.ts';

const topics = loadTopics(contentPath('topics.yaml'));
const slugs = topics.map((t) => t.slug) as [string, ...string[]];
const docSchema = documentSchema(slugs);

export const collections = {
  speeches: defineCollection({
    loader: glob({ pattern: `*${DOCUMENT_EXTENSION}`, base: contentPath('speeches') }),
    schema: docSchema,
  }),
  reports: defineCollection({
    loader: glob({ pattern: `*${DOCUMENT_EXTENSION}`, base: contentPath('reports') }),
    schema: docSchema,
  }),
  topics: defineCollection({
    loader: file(contentPath('topics.yaml'), { parser: (text) => loadTopicsFromText(text) }),
    schema: z.object({
      slug: z.string(),
      name: z.string(),
      description: z.string(),
      keywords: z.array(z.string()),
    }),
  }),
};

function loadTopicsFromText(_text: string) {
  return topics.map((t) => ({ id: t.slug, ...t }));
}
