/**
 * The ingestion stages decode → split → clean → structure, importable one by one, and
 * `ingestText` running split → clean → structure over a decoded text.
 */
import { cleanArticle } from './clean/index.ts';
import type { NoisePatterns } from './noise.ts';
import { splitArticles } from './split.ts';
import { structureArticle } from './structure/index.ts';
import type { StructuredArticle } from './types.ts';

export { decode, type Decoded } from './decode.ts';
export { IngestError } from './errors.ts';
export { loadNoise, parseNoise, type NoisePatterns } from './noise.ts';
export { splitArticles } from './split.ts';
export { cleanArticle } from './clean/index.ts';
export { structureArticle } from './structure/index.ts';
export { outputTexts, unaccounted } from './accounting.ts';
export type { RawArticle, Removal, RemovalKind, StructuredArticle } from './types.ts';

/** Splits, cleans and structures a decoded text into articles (in file order). */
export function ingestText(text: string, noise: NoisePatterns): StructuredArticle[] {
  return splitArticles(text).map((article) => structureArticle(cleanArticle(article, noise), noise));
}
