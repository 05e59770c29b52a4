/**
 * The one text normalization that search, the index builder, the highlighter and the benchmark's
 * ground truth share: Unicode compatibility folding (full-width → half-width), lower case, and no
 * whitespace or invisible characters (zero-width characters, soft hyphens, and the direction marks
 * and bidi controls Word pastes, LRM/RLM/ALM, U+202A–202E, U+2066–2069). Matching is exact on the
 * normalized text.
 */

/** Whitespace and invisible characters that never count as text. */
export const IGNORED = /[\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u061c]/u;

const IGNORED_ALL = new RegExp(IGNORED.source, 'gu');
const folded = new Map<string, string>();

/** Normalizes one code point; the result may be empty (whitespace) or longer than one character. */
export function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Fast path: CJK unified ideographs, lower-case letters and digits are their own normal form.
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return ch;
  let out = folded.get(ch);
  if (out === undefined) {
    out = IGNORED.test(ch) ? '' : ch.normalize('NFKC').toLowerCase().replace(IGNORED_ALL, '');
    folded.set(ch, out);
  }
  return out;
}

/** Normalized text plus, for every code unit of it, the index of the source code unit it came from. */
export interface NormalizedText {
  text: string;
  /** `map[i]` is the UTF-16 index in the source of the character that produced `text[i]`; `map[text.length]` is the source length. */
  map: number[];
}

/** Normalizes `source` and keeps the way back to source offsets (for excerpts and highlighting). */
export function normalizeWithMap(source: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of source) {
    const out = normalizeChar(ch);
    for (let k = 0; k < out.length; k++) map.push(i);
    text += out;
    i += ch.length;
  }
  map.push(source.length);
  return { text, map };
}

/** Normalizes `source` (see the module comment). */
export function normalize(source: string): string {
  let text = '';
  for (const ch of source) text += normalizeChar(ch);
  return text;
}
