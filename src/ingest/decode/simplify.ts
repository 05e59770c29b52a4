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

/** Share of the Han characters of `text` that conversion to Simplified changes (0 for Simplified text). */
export function traditionalShare(text: string): number {
  const han = [...text].filter((c) => /\p{Script=Han}/u.test(c));
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
