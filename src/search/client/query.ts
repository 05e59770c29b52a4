/**
 * Parses what the user typed into the terms that must all occur. Whitespace separates terms;
 * a quoted phrase ("…", “…”, 「…」, 『…』) is one term even with spaces inside. Every term is
 * normalized (see normalize.ts), so full-width and half-width forms, case and spaces inside a
 * quoted phrase do not matter.
 */
import { normalize, normalizeChar } from '../shared/normalize.ts';

/** More terms than this are ignored; a term longer than this is cut. */
export const MAX_TERMS = 8;
export const MAX_TERM_LENGTH = 64;

const TOKEN = /"([^"]*)"?|“([^”]*)”?|「([^」]*)」?|『([^』]*)』?|(\S+)/gu;

/** One term of a query: as typed (cut to what is searched) and normalized. */
export interface Token {
  typed: string;
  term: string;
  quoted: boolean;
}

/** The distinct terms of a query, in the order typed, at most MAX_TERMS of MAX_TERM_LENGTH code points. */
export function tokens(raw: string): Token[] {
  // Fold full-width quotes and spaces first so ＂…＂ and U+3000 behave like their ASCII forms.
  const folded = raw.replace(/[\uff02\u3000]/g, (c) => (c === '\u3000' ? ' ' : '"'));
  const out: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    let typed = '';
    let length = 0;
    for (const ch of m[group + 1] ?? '') {
      const n = [...normalizeChar(ch)].length;
      if (length + n > MAX_TERM_LENGTH) break;
      typed += ch;
      length += n;
    }
    const term = normalize(typed);
    if (term && !out.some((t) => t.term === term)) out.push({ typed, term, quoted: group < 4 });
    if (out.length === MAX_TERMS) break;
  }
  return out;
}

/** The normalized, distinct terms of a query, in the order typed. */
export function parseQuery(raw: string): string[] {
  return tokens(raw).map((t) => t.term);
}
