/** Plain-text views of a structured article, shared by the classifiers. */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { StructuredArticle } from '../types.ts';

/** The article as text blocks: headings and paragraphs of the body, in order. */
export interface ArticleText {
  /** Title and subtitle, joined by a newline. */
  head: string;
  /** Every body block (headings and paragraphs) as plain text, in document order. */
  blocks: { heading: boolean; text: string }[];
  /** The body blocks joined by newlines. */
  body: string;
  /** The body's headings joined by newlines. */
  headings: string;
  /** Head and body together: what keyword counts run over. */
  all: string;
}

/** Flattens an mdast body into its top-level blocks as plain text. */
export function bodyBlocks(body: Root): ArticleText['blocks'] {
  return body.children
    .map((node) => ({ heading: node.type === 'heading', text: toString(node).trim() }))
    .filter((block) => block.text.length > 0);
}

/** Plain-text views of an article for the classifiers. */
export function articleText(article: StructuredArticle): ArticleText {
  const head = [article.title, article.subtitle].filter(Boolean).join('\n');
  const blocks = bodyBlocks(article.body);
  const body = blocks.map((b) => b.text).join('\n');
  const headings = blocks.filter((b) => b.heading).map((b) => b.text).join('\n');
  return { head, blocks, body, headings, all: `${head}\n${body}` };
}

/** Splits text into sentences, each keeping its closing punctuation (。！？ and a closing quote). */
export function sentences(text: string): string[] {
  return text.match(/[^。！？!?]+(?:[。！？!?]+[”’」』）)]?|$)/gu)?.map((s) => s.trim()).filter(Boolean) ?? [];
}
