/**
 * Traditional → Simplified for queries, since the documents are in Simplified Chinese. The
 * converter (OpenCC's Traditional→Simplified phrase and character tables, ~40 KB) is loaded
 * only for a query that may hold Traditional characters: one with a Han character outside
 * GB 2312, the Simplified character set every Simplified text is written in. GB 2312's 6,763
 * characters are read from the browser's own GBK decoder, so the test ships no table.
 */

let simplifiedSet: Set<string> | undefined;

/** The Han characters of GB 2312 (rows 0xB0–0xF7 of its byte table), from TextDecoder. */
function gb2312(): Set<string> {
  if (!simplifiedSet) {
    simplifiedSet = new Set();
    try {
      const decoder = new TextDecoder('gb2312');
      for (let hi = 0xb0; hi <= 0xf7; hi++) {
        for (let lo = 0xa1; lo <= 0xfe; lo++) {
          const ch = decoder.decode(new Uint8Array([hi, lo]));
          if (ch !== '\ufffd') simplifiedSet.add(ch);
        }
      }
    } catch {
      // A browser without the GBK decoder: every Han character counts as possibly Traditional.
    }
  }
  return simplifiedSet;
}

const HAN = /\p{Script=Han}/gu;

/** Whether `text` has a Han character that Simplified text seldom uses (so it may be Traditional). */
export function mayBeTraditional(text: string): boolean {
  const known = gb2312();
  for (const [ch] of text.matchAll(HAN)) if (!known.has(ch)) return true;
  return false;
}

let converter: Promise<(text: string) => string> | undefined;

/** Loads the converter (once). */
function loadConverter(): Promise<(text: string) => string> {
  converter ??= Promise.all([
    import('opencc-js/core'),
    import('opencc-js/dict/TSPhrases'),
    import('opencc-js/dict/TSCharacters'),
    import('opencc-js/dict/TWVariantsRev'),
    import('opencc-js/dict/HKVariantsRev'),
  ]).then(([core, phrases, chars, tw, hk]) => core.ConverterFactory([tw.default, hk.default], [phrases.default, chars.default]));
  return converter;
}

/** `text` with Traditional characters converted to Simplified; Simplified text comes back unchanged without loading anything. */
export async function toSimplified(text: string): Promise<string> {
  if (!mayBeTraditional(text)) return text;
  try {
    return (await loadConverter())(text);
  } catch {
    // The converter failed to load (offline?): search the text as typed.
    converter = undefined;
    return text;
  }
}
