/**
 * The header of an article: the lines before the body that give its title, subtitle, byline
 * (author or organ), dateline and salutation — on separate lines or run together with spaces
 * (依法履行职责 充分发挥乡镇人大作用 疏勒县人大常委会 2024年9月8日 各位领导、同志们：).
 */
import { parseMarker } from '../headings.ts';
import { OCCASION, splitRunInTitle } from '../title.ts';
import { hasSentenceEnd, isSalutation, squeeze, visibleLength } from '../text-predicates.ts';
import type { Line } from '../types.ts';

const NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
/** 2024年9月8日, 2024年4月, 二Ｏ一Ｏ年十一月八日, also in brackets: （2006年11月22日）. */
export const DATELINE = new RegExp(
  `^[（(]?(?:\\d{4}|[〇○ＯO零一二三四五六七八九]{4})\\s*年\\s*${NUM}\\s*月(?:\\s*${NUM}\\s*日)?[）)]?$`,
  'u',
);
/** An organ: 疏勒县人大常委会, 陆良县人大常委会. */
const ORGAN = /^[\p{Script=Han}A-Za-zＸ×*]{2,30}(?:人大常委会|人民代表大会常务委员会|人大主席团|人大工委|人民政府|委员会|常委会|办公室|党组|县委|市委|区委|州委|党委|工商联|人大|政府)$/u;
/** A speaker line: ——xxx同志在全市人大工作会议上的讲话. */
const BYLINE_DASH = /^[—–-]{1,2}\s*\S/u;

/** Longest header line; longer lines are body text. */
const MAX_HEADER = 60;
/** How many lines from the top may belong to the header. */
const MAX_HEADER_LINES = 6;

/** Header fields found at the top of an article, and how many lines they took. */
export interface Header {
  title?: string;
  subtitle?: string;
  byline?: string;
  dateline?: string;
  salutation?: string;
  /** The title as laid out on header lines, when they repeat it (with the spaces that separate its parts). */
  titleLines?: string;
  /** Number of leading lines consumed. */
  consumed: number;
  /** What is left of the last consumed line, when a title was run together with the text (it opens the body). */
  rest?: Line;
  /** Header lines that repeat the title or subtitle line for line (removed as duplicate titles). */
  duplicates: Line[];
  /** The title of a page collecting several texts (…(三篇)), above the first text's own title. */
  collection?: Line;
}

/** The title of a page collecting several texts: …工作报告(三篇). */
const COLLECTION = /[（(]\s*(?:共)?\s*[\d一二三四五六七八九十]+\s*篇\s*[）)]$/u;

/** A line that is only a date: a dateline (2024年1月) or a page's numeric date (2021-05-06). */
function isDateOnly(text: string): boolean {
  return DATELINE.test(text.trim());
}

/** True when `text` can be a header line: short, no sentences, not a numbered heading. */
function isHeaderLine(text: string): boolean {
  return visibleLength(text) <= MAX_HEADER && !hasSentenceEnd(text) && parseMarker(text) === undefined;
}

/**
 * Reads the header. `title` is the marker title when the article had one; otherwise the first line
 * becomes the title when it looks like one. Subtitle lines that merely repeat the title (split over
 * lines with spaces, or the title in full) are returned as `titleLines`.
 */
export function readHeader(lines: readonly Line[], title: string | undefined): Header {
  const header: Header = { consumed: 0, duplicates: [] };
  const subtitle: Array<{ n: number; text: string }> = [];
  let i = 0;
  // Dates above the title (a compilation's or page's date) are the dateline, never the title.
  while (title === undefined && i < lines.length - 1 && isDateOnly(lines[i]!.text)) {
    header.dateline ??= lines[i]!.text.trim();
    if (header.dateline !== lines[i]!.text.trim()) break;
    i += 1;
  }
  const first = lines[i];
  if (title === undefined && first && isHeaderLine(first.text) && !isSalutation(first.text) && !BYLINE_DASH.test(first.text)) {
    header.title = first.text.trim();
    i += 1;
    // A title line carrying its occasion: 湖南省…工作报告——2017年1月16日在…会议上.
    const occasion = OCCASION.exec(header.title);
    if (occasion) {
      header.title = occasion[1]!.trimEnd();
      subtitle.push({ n: first.n, text: occasion[2]! });
    }
    // A page collecting several texts (…工作报告(三篇)): the first text's own title follows.
    const next = lines[i];
    if (COLLECTION.test(header.title) && next && i < lines.length - 1 && isHeaderLine(next.text) && !isSalutation(next.text) && !DATELINE.test(next.text.trim())) {
      header.collection = { n: first.n, text: header.title };
      header.title = next.text.trim();
      i += 1;
    }
  } else if (title === undefined && first && !isHeaderLine(first.text)) {
    const runIn = splitRunInTitle(first.text);
    if (runIn) {
      header.title = runIn.title;
      if (runIn.note !== undefined) {
        if (/\d{4}\s*年|[〇○ＯO零一二三四五六七八九]{4}\s*年/u.test(runIn.note)) header.dateline = runIn.note;
        else header.subtitle = runIn.note;
      }
      if (runIn.salutation) header.salutation = runIn.salutation;
      header.consumed = i + 1;
      if (runIn.rest) header.rest = { ...first, text: runIn.rest };
      return header;
    }
  }
  for (; i < Math.min(lines.length, MAX_HEADER_LINES); i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (isSalutation(text)) {
      header.salutation = text;
      i += 1;
      break;
    }
    const shownTitle = title ?? header.title;
    const repeats = [shownTitle, header.collection?.text, ...subtitle.map((l) => l.text)].some((t) => t !== undefined && squeeze(t) === squeeze(text));
    if (i < lines.length - 1 && repeats) {
      header.duplicates.push(line);
      continue;
    }
    const tokens = text.split(/[ \t\u3000]+/u);
    if (tokens.length > 1 && isSalutation(tokens.at(-1)!) && isHeaderLine(tokens.slice(0, -1).join(' '))) {
      header.salutation = tokens.pop();
    } else if (!isHeaderLine(text) || i === lines.length - 1) {
      break; // body text; the last line is never header
    }
    const rest = tokens.join(' ');
    if (BYLINE_DASH.test(rest) && header.byline === undefined) {
      header.byline = rest;
      tokens.length = 0;
    }
    // Dateline and organ tokens from the end; what precedes them is subtitle text. An organ is a
    // byline next to a dateline, after other text, or alone on a line before a dateline line.
    const datelineNext = DATELINE.test(lines[i + 1]?.text.trim() ?? '');
    while (tokens.length > 0) {
      const token = tokens.at(-1)!;
      if (DATELINE.test(token) && header.dateline === undefined) header.dateline = token;
      else if (ORGAN.test(token) && header.byline === undefined && (header.dateline !== undefined || tokens.length > 1 || datelineNext)) header.byline = token;
      else break;
      tokens.pop();
    }
    if (tokens.length > 0) subtitle.push({ n: line.n, text: tokens.join(' ') });
    if (header.salutation) {
      i += 1;
      break;
    }
  }
  header.consumed = i;

  const effectiveTitle = title ?? header.title;
  const laidOut = subtitle.map((s) => s.text).join(' ');
  if (subtitle.length > 0 && effectiveTitle !== undefined && squeeze(laidOut).startsWith(squeeze(effectiveTitle))) {
    // The title again, laid out over lines with spaces (抓住机遇 开拓创新 / 依法履行职责 …), or in full.
    header.titleLines = laidOut;
  } else if (subtitle.length > 0) {
    header.subtitle = laidOut;
  }
  return header;
}

/** A closing dateline (and the organ line before it, when `bylineFree`) at the end of the body. */
export function readClosing(lines: readonly Line[], bylineFree = true): { byline?: string; dateline?: string; consumed: number } {
  const last = lines.at(-1)?.text.trim();
  if (last === undefined || !DATELINE.test(last)) return { consumed: 0 };
  const before = lines.at(-2)?.text.trim();
  if (bylineFree && before !== undefined && lines.length > 2 && ORGAN.test(before)) return { byline: before, dateline: last, consumed: 2 };
  return { dateline: last, consumed: 1 };
}
