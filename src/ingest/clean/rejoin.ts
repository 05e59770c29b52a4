/**
 * Rejoins paragraphs broken mid-sentence: a line that does not end a sentence is joined with the
 * next when it is itself a paragraph fragment (it has sentences, or is long), when a page number
 * marked the break, or when the next line cannot start a paragraph (。要增强… / [2024] 8号文件…).
 * Headings (short lines without sentence punctuation) and the lines after them are left alone.
 */
import { headingKind, parseMarker } from '../headings.ts';
import { endsSentence, hasSentenceEnd, isSalutation, startsWithClosingPunctuation, visibleLength } from '../text.ts';
import type { Line } from '../types.ts';
import type { LineTransform } from './transform.ts';

/** A line longer than this without a sentence end is a paragraph cut short. */
const LONG_FRAGMENT = 45;

/** True when `next` cannot begin a new paragraph: it continues whatever precedes it. */
function continuesPrevious(next: string): boolean {
  return startsWithClosingPunctuation(next) || /^[\[［〔【]\s*\d/u.test(next.trimStart());
}

/** True when `line` is cut off mid-sentence and `next` is its continuation. */
export function shouldJoin(line: Line, next: Line): boolean {
  const text = line.text.trim();
  const following = next.text.trim();
  if (endsSentence(text) || isSalutation(text) || isSalutation(following)) return false;
  if (continuesPrevious(following)) return true;
  const nextKind = headingKind(following);
  if (nextKind !== undefined && nextKind !== 'plain') return false;
  if (line.continues) return true;
  if (/^\d{4}年/u.test(following)) return false; // 2024年以来… opens a paragraph
  const kind = headingKind(text);
  if (kind !== undefined) return false;
  // Not a heading: a fragment when it has sentences or is long; a short numbered line (3、人民) too.
  return hasSentenceEnd(text) || visibleLength(text) > LONG_FRAGMENT || parseMarker(text) !== undefined;
}

/** Joins two line texts; a space only between two Latin letters or digits. */
function join(left: string, right: string): string {
  const a = left.trimEnd();
  const b = right.trimStart();
  return /[A-Za-z0-9]$/u.test(a) && /^[A-Za-z0-9]/u.test(b) ? `${a} ${b}` : a + b;
}

export const rejoinBrokenLines: LineTransform = (lines) => {
  const out: Line[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    if (previous && shouldJoin(previous, line)) {
      out[out.length - 1] = { n: previous.n, text: join(previous.text, line.text), ...(line.continues ? { continues: true } : {}) };
    } else {
      out.push({ ...line });
    }
  }
  return { lines: out, removed: [] };
};
