/**
 * Parses what the user typed into the terms that must all occur. Whitespace separates terms;
 * a quoted phrase ("…", “…”, 「…」, 『…』) is one term even with spaces inside. Every term is
 * normalized (see normalize.ts), so full-width and half-width forms, case and spaces inside a
 * quoted phrase do not matter.
 */
import { normalize } from './normalize.ts';

/** More terms than this are ignored; a term longer than this is cut. */
export const MAX_TERMS = 8;
export const MAX_TERM_LENGTH = 64;

const TOKEN = /"([^"]*)"?|“([^”]*)”?|「([^」]*)」?|『([^』]*)』?|(\S+)/gu;

/** The normalized, distinct terms of a query, in the order typed. */
export function parseQuery(raw: string): string[] {
  // Fold full-width quotes and spaces first so ＂…＂ and U+3000 behave like their ASCII forms.
  const folded = raw.replace(/[\uff02\u3000]/g, (c) => (c === '\u3000' ? ' ' : '"'));
  const terms: string[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const term = [...normalize(m.slice(1).find((g) => g !== undefined) ?? '')]
      .slice(0, MAX_TERM_LENGTH)
      .join('');
    if (term && !terms.includes(term)) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** Writes terms back as a query string that parses to the same terms (quotes only where needed). */
export function formatQuery(terms: readonly string[]): string {
  return terms.map((t) => (/\s/.test(t) ? `"${t}"` : t)).join(' ');
}
