/**
 * Rejoins paragraphs broken mid-sentence: a line that does not end a sentence is joined with the
 * next when it is itself a paragraph fragment (it has sentences, or is long), when a page number
 * marked the break, when the text is hard-wrapped and the line reaches the wrap width, or when the
 * next line cannot start a paragraph (。要增强… / [2024] 8号文件…).
 * Headings (short lines without sentence punctuation) and the lines after them are left alone.
 */
import { headingKind, parseMarker } from '../headings.ts';
import { endsSentence, hasSentenceEnd, isSalutation, startsWithClosingPunctuation, visibleLength } from '../text-predicates.ts';
import { OCCASION } from '../title.ts';
import type { Line } from '../types.ts';
import type { LineTransform } from './transform.ts';

/** A line longer than this without a sentence end is a paragraph cut short. */
const LONG_FRAGMENT = 45;

/** True when `next` cannot begin a new paragraph: it continues whatever precedes it. */
function continuesPrevious(next: string): boolean {
  return startsWithClosingPunctuation(next) || /^[\[［〔【]\s*\d/u.test(next.trimStart());
}

/** Leading indentation: an ideographic space or two spaces, which open a paragraph. */
const INDENT = /^(?:\u3000+| {2,}|\t+)/u;

/** Width of a line for wrap detection: its characters, counting indentation. */
function wrappedWidth(text: string): number {
  return visibleLength(text) + (INDENT.exec(text)?.[0].length ?? 0);
}

/** Shortest line counted when looking for a wrap width. */
const MIN_WRAPPED = 15;
/** Lines at the wrap width needed to call a text hard-wrapped: at least this many, and this share. */
const MIN_WRAPPED_LINES = 5;
const WRAPPED_SHARE = 0.25;

/**
 * The width a text was hard-wrapped at (text copied from PDF or a fixed-width editor): the most
 * common line length, when that many lines share it. Undefined for text with one line per paragraph.
 */
export function wrapWidth(lines: readonly Line[]): number | undefined {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const length = wrappedWidth(line.text);
    if (length >= MIN_WRAPPED) counts.set(length, (counts.get(length) ?? 0) + 1);
  }
  let best: [number, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] > best[0])) best = entry;
  return best && best[1] >= MIN_WRAPPED_LINES && best[1] >= lines.length * WRAPPED_SHARE ? best[0] : undefined;
}

/**
 * True when `line` is cut off mid-sentence and `next` is its continuation; `atWrap` tells that the
 * text is hard-wrapped and the last source line of `line` reaches the wrap width.
 */
export function shouldJoin(line: Line, next: Line, atWrap = false): boolean {
  const text = line.text.trim();
  const following = next.text.trim();
  if (endsSentence(text) || isSalutation(text) || isSalutation(following)) return false;
  if (OCCASION.test(text)) return false; // a title line ending with its occasion (——…在…会议上)
  if (continuesPrevious(following)) return true;
  const nextKind = headingKind(following);
  if (nextKind !== undefined && nextKind !== 'plain') return false;
  if (line.continues) return true;
  if (atWrap) return true;
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

/** Joins lines broken mid-sentence; a joined line keeps the first line's number. */
export const rejoinBrokenLines: LineTransform = (lines) => {
  const wrap = wrapWidth(lines);
  const out: Line[] = [];
  let tail = 0; // width of the last source line in out's last line
  for (const line of lines) {
    const previous = out.at(-1);
    // In hard-wrapped text an indented line opens a paragraph.
    const opens = wrap !== undefined && INDENT.test(line.text);
    const atWrap = wrap !== undefined && tail >= wrap - 1;
    if (previous && !opens && shouldJoin(previous, line, atWrap)) {
      out[out.length - 1] = { n: previous.n, text: join(previous.text, line.text), ...(line.continues ? { continues: true } : {}) };
    } else {
      out.push({ ...line });
    }
    tail = wrappedWidth(line.text);
  }
  return { lines: out, removed: [] };
};
