/**
 * Character accounting for the no-loss invariant: every non-whitespace character of the decoded
 * text is either in a structured article's output fields or in its `removed[]`.
 */
import { toString } from 'mdast-util-to-string';
import { visibleChars } from './text-predicates.ts';
import type { StructuredArticle } from './types.ts';

/** Counts of each non-whitespace character. */
export type CharCounts = Map<string, number>;

/** Counts the non-whitespace characters of the given texts. */
export function countChars(...texts: ReadonlyArray<string | undefined>): CharCounts {
  const counts: CharCounts = new Map();
  for (const text of texts) {
    for (const c of visibleChars(text ?? '')) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

/** The text an article shows: header fields (a derived title repeats body text, so it is left out) and body blocks. */
export function outputTexts(article: StructuredArticle): string[] {
  return [
    ...(article.titleDerived ? [] : [article.title]),
    article.subtitle ?? '',
    article.byline ?? '',
    article.dateline ?? '',
    article.salutation ?? '',
    ...article.body.children.map((node) => toString(node)),
  ];
}

/**
 * Characters of `source` not accounted for by the articles (missing) and characters the articles
 * have that `source` does not (extra); both empty when nothing was lost or invented.
 */
export function unaccounted(source: string, articles: readonly StructuredArticle[]): { missing: CharCounts; extra: CharCounts } {
  const have = countChars(...articles.flatMap((a) => [...outputTexts(a), ...a.removed.map((r) => r.text)]));
  const want = countChars(source);
  const missing: CharCounts = new Map();
  const extra: CharCounts = new Map();
  for (const [c, n] of want) {
    const d = n - (have.get(c) ?? 0);
    if (d > 0) missing.set(c, d);
  }
  for (const [c, n] of have) {
    const d = n - (want.get(c) ?? 0);
    if (d > 0) extra.set(c, d);
  }
  return { missing, extra };
}
