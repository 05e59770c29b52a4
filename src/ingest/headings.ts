/**
 * Heading numbering of Chinese documents: 一、 （一） 1、/1．/1. （1） and the enumerations
 * 一是… / 第一，… / 一要…, and whether a line reads as a heading or as a paragraph.
 */
import { readSmallNumber } from './classify/date.ts';
import { hasInnerSentenceEnd, hasSentenceEnd, isSalutation, startsWithConnector, visibleLength } from './text-predicates.ts';

/** Numbering schemes, outermost first; `ordinal` (一是/第一，) nests under whatever is current. */
export type MarkerKind = 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'ordinal';

const CN = '[一二三四五六七八九十]{1,3}';
const MARKERS: ReadonlyArray<{ kind: MarkerKind; re: RegExp }> = [
  { kind: 'cn-paren', re: new RegExp(`^[（(]${CN}[）)]\\s*`, 'u') },
  { kind: 'arabic-paren', re: /^(?:[（(]\d{1,2}[）)]|[①-⑳])\s*/u },
  { kind: 'ordinal', re: new RegExp(`^(?:${CN}是|第${CN}[，,、：:]|${CN}要(?!求))`, 'u') },
  { kind: 'cn', re: new RegExp(`^${CN}[、．.]\\s*`, 'u') },
  { kind: 'arabic', re: /^\d{1,2}(?:[、．]|\.(?!\d))\s*/u },
];

/** A line's numbering marker and the text after it. */
export interface Marker {
  kind: MarkerKind;
  marker: string;
  rest: string;
}

/** The numbering marker `text` starts with, if any. */
export function parseMarker(text: string): Marker | undefined {
  const trimmed = text.trim();
  for (const { kind, re } of MARKERS) {
    const m = re.exec(trimmed);
    if (m) return { kind, marker: m[0], rest: trimmed.slice(m[0].length) };
  }
  return undefined;
}

/** Numbering schemes other than `ordinal`, outermost first. */
export const SCHEMES: readonly MarkerKind[] = ['cn', 'cn-paren', 'arabic', 'arabic-paren'];

/** The series an enumeration marker belongs to: 一是/二是, 第一，/第二，, 一要/二要. */
export function ordinalSeries(marker: string): string {
  return marker.includes('是') ? '是' : marker.startsWith('第') ? '第' : '要';
}

/** Which series a marker continues: its scheme, and for enumerations which of them (一是 and 第一， are two). */
export function seriesKey(marker: Marker): string {
  return marker.kind === 'ordinal' ? `ordinal-${ordinalSeries(marker.marker)}` : marker.kind;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The number a marker counts: （三） → 3, 12、 → 12, ⑤ → 5, 第二， → 2, 四是 → 4. */
export function markerNumber(marker: Marker): number {
  const circled = CIRCLED.indexOf(marker.marker.trim()[0]!);
  if (circled >= 0) return circled + 1;
  const digits = /\d+/u.exec(marker.marker);
  if (digits) return Number(digits[0]);
  return readSmallNumber(/[一二三四五六七八九十]+/u.exec(marker.marker)![0]);
}

/** Longest numbered heading text after its marker; longer lines are paragraphs with a lead phrase. */
const MAX_NUMBERED = 60;
/** Longest 一是…/第一，… line that is a heading rather than a paragraph. */
const MAX_ORDINAL = 40;
/** Unnumbered headings: length bounds. */
const MIN_PLAIN = 6;
const MAX_PLAIN = 45;

/** How a line reads as a heading: a numbering scheme, or `plain` for an unnumbered heading line. */
export type HeadingKind = MarkerKind | 'plain';

/**
 * The heading kind of a standalone line, or undefined when it reads as a paragraph: numbered lines
 * are headings when they are one short sentence; unnumbered lines when they are a short phrase with
 * no sentence punctuation at all (whether they really are headings also depends on context).
 */
export function headingKind(text: string): HeadingKind | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || isSalutation(trimmed)) return undefined;
  const marker = parseMarker(trimmed);
  if (marker) {
    if (marker.kind === 'ordinal') {
      return visibleLength(trimmed) <= MAX_ORDINAL && !hasInnerSentenceEnd(trimmed) ? 'ordinal' : undefined;
    }
    const length = visibleLength(marker.rest);
    return length >= 3 && length <= MAX_NUMBERED && !hasInnerSentenceEnd(marker.rest) ? marker.kind : undefined;
  }
  return isPlainHeading(trimmed) ? 'plain' : undefined;
}

/** A short unnumbered phrase without sentence punctuation that does not continue an argument. */
export function isPlainHeading(text: string): boolean {
  const length = visibleLength(text);
  return (
    length >= MIN_PLAIN &&
    length <= MAX_PLAIN &&
    !hasSentenceEnd(text) &&
    !/[：:，,、…]$|\.\.\.$/u.test(text) &&
    !startsWithConnector(text)
  );
}
