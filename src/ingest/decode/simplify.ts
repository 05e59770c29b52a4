/**
 * Traditional → Simplified Chinese (opencc-js), applied only to text detected as Traditional, so
 * Simplified text is never altered.
 */
import * as OpenCC from 'opencc-js';

const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Share of Han characters that change under conversion above which a text counts as Traditional. */
const TRADITIONAL_SHARE = 0.1;

/** Converts Traditional (Taiwan or Hong Kong forms) to Simplified, character by character. */
function convert(text: string): string {
  return fromHongKong(fromTaiwan(text));
}

/**
 * How many Han characters from the start of a text are enough to tell Traditional from Simplified:
 * about a fifth of the characters of a Traditional text differ, so 2,000 leave no doubt (and
 * converting the sample is most of the cost of reading a Simplified file).
 */
const SAMPLE = 2_000;

/** Share of the Han characters of `text` (up to a sample) that conversion to Simplified changes (0 for Simplified text). */
export function traditionalShare(text: string): number {
  const han: string[] = [];
  for (const [c] of text.matchAll(/\p{Script=Han}/gu)) if (han.push(c) >= SAMPLE) break;
  if (han.length === 0) return 0;
  const converted = [...convert(han.join(''))];
  let changed = 0;
  han.forEach((c, i) => {
    if (converted[i] !== c) changed += 1;
  });
  return changed / han.length;
}

/** Simplified text for `text`; `converted` tells whether it was detected as Traditional and converted. */
export function toSimplified(text: string): { text: string; converted: boolean } {
  if (traditionalShare(text) < TRADITIONAL_SHARE) return { text, converted: false };
  return { text: convert(text), converted: true };
}
