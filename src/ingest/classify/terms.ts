/** Counting vocabulary in text: longest term first, no overlaps (监督法 counts once, not also as 监督). */

/** A compiled set of terms; build once per vocabulary. */
export type TermMatcher = RegExp;

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Compiles terms into one matcher that prefers the longest term at each position. */
export function termMatcher(terms: readonly string[]): TermMatcher {
  const sorted = [...new Set(terms)].filter(Boolean).sort((a, b) => b.length - a.length);
  return new RegExp(sorted.length ? sorted.map(escape).join('|') : '(?!)', 'gu');
}

/** Number of term occurrences in `text`. */
export function countMatches(text: string, matcher: TermMatcher): number {
  let count = 0;
  for (const _ of text.matchAll(matcher)) count++;
  return count;
}
