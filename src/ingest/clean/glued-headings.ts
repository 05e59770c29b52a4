/**
 * Splits a heading run together with its paragraph, separated only by spaces:
 * `二、人大工作要始终突出加快发展这个第一要务  加快发展是时代主题。…` → heading line + paragraph line.
 * Unnumbered headings are split too (`提高认识，转变观念，贯彻落实…精神 面对…`), when the head is a
 * phrase of at least 8 characters without sentence punctuation.
 */
import { headingKind } from '../headings.ts';
import { hasSentenceEnd, startsWithClosingPunctuation, visibleLength } from '../text-predicates.ts';
import { splitRunInTitle } from '../title.ts';
import type { Line } from '../types.ts';
import type { LineTransform } from './transform.ts';

const GAP = /[ \t\u3000]+/u;
/** Shortest unnumbered head that is split off. */
const MIN_PLAIN_HEAD = 8;
/** Shortest paragraph text after the head. */
const MIN_REST = 10;

/** The heading and paragraph parts of a glued line, or undefined when it is not one. */
export function splitGluedHeading(text: string): [string, string] | undefined {
  const trimmed = text.trim();
  const gap = GAP.exec(trimmed);
  if (!gap) return undefined;
  const head = trimmed.slice(0, gap.index);
  const rest = trimmed.slice(gap.index + gap[0].length);
  if (visibleLength(rest) < MIN_REST || !hasSentenceEnd(rest)) return undefined;
  // A paragraph never starts with a comma or closing punctuation: `依法履职 ,…` is one sentence.
  if (startsWithClosingPunctuation(rest)) return undefined;
  if (/[，、,：:]$/u.test(head)) return undefined;
  const kind = headingKind(head);
  if (kind === undefined || kind === 'ordinal') return undefined;
  if (kind === 'plain' && visibleLength(head) < MIN_PLAIN_HEAD) return undefined;
  return [head, rest];
}

/**
 * Splits every glued heading line into a heading line and a paragraph line (same source line
 * number); an untitled article's first line is left whole when a title runs into its text
 * (县委书记在…人大代表 党员大会上的讲话 各位代表，…), for the structure stage to read.
 */
export const splitGluedHeadings: LineTransform = (lines, { markerTitle }) => ({
  lines: lines.flatMap((line, i): Line[] => {
    const parts = splitGluedHeading(line.text);
    if (parts && i === 0 && markerTitle === undefined && splitRunInTitle(line.text)) return [line];
    return parts ? [{ n: line.n, text: parts[0] }, { ...line, text: parts[1] }] : [line];
  }),
  removed: [],
});
