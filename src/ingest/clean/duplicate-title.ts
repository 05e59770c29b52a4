/**
 * Removes title lines that repeat the article's title: the marker title repeated on the next line
 * (whole, without junk suffix, or its tail: 在市委人大工作会议上的讲话); a title or subtitle line
 * run together with the first paragraph (以…为指导努力开创…新局面这次会议的…: the rest of the
 * line has sentences or is long); and the title repeated as the last line. When the next line is
 * the marker title with other punctuation, that copy becomes the title and the marker's is removed.
 */
import { hasSentenceEnd, squeeze, visibleLength } from '../text-predicates.ts';
import { stripTitleSuffixes } from '../title.ts';
import type { Line, Removal } from '../types.ts';
import type { LineTransform } from './transform.ts';

/** How many lines from the top a repeated title is looked for. */
const HEAD = 3;
/** Lines from the top that may start with a repeated title or subtitle. */
const GLUED_HEAD = 6;
/** Shortest repeated text recognized as a glued title. */
const MIN_GLUED = 8;
/** The text after a glued title is a paragraph when it has sentences or is at least this long. */
const MIN_GLUED_REST = 40;

/** End index in `text` of a prefix equal to `target` ignoring whitespace and width, or -1. */
export function prefixEnd(text: string, target: string): number {
  let t = 0;
  const chars = [...target];
  let i = 0;
  for (const c of text) {
    if (t === chars.length) return i;
    i += c.length;
    if (/\s/u.test(c)) continue;
    if (c.normalize('NFKC') !== chars[t]) return -1;
    t += 1;
  }
  return t === chars.length ? i : -1;
}

/** Removes repeated title lines (see the module comment). */
export const removeDuplicateTitles: LineTransform = (input, { markerTitle, markerLine, noise }) => {
  const lines: Line[] = input.map((l) => ({ ...l }));
  const removed: Removal[] = [];
  const titles = markerTitle ? [...new Set([markerTitle, stripTitleSuffixes(markerTitle, noise.titleSuffixes).title].map(squeeze))] : [];
  const drop = (index: number) => {
    removed.push({ kind: 'duplicate-title', line: lines[index]!.n, text: lines[index]!.text.trim() });
    lines.splice(index, 1);
  };
  let betterTitle: string | undefined;

  const repeated = lines.slice(0, HEAD).findIndex((l) => {
    const s = squeeze(l.text);
    return titles.some((t) => t === s || (visibleLength(s) >= 6 && t.endsWith(s)));
  });
  if (repeated >= 0) {
    const text = lines[repeated]!.text.trim();
    if (markerTitle !== undefined && markerLine !== undefined && text !== markerTitle && squeeze(text) === squeeze(markerTitle)) {
      // The same title with other punctuation (努力履行职责,… / 努力履行职责，…): the text's copy wins.
      removed.push({ kind: 'duplicate-title', line: markerLine, text: markerTitle });
      betterTitle = text;
      lines.splice(repeated, 1);
    } else {
      drop(repeated);
    }
  }

  // A line starting with the title or an earlier header line, followed by more text.
  for (let i = 0; i < Math.min(GLUED_HEAD, lines.length); i++) {
    const line = lines[i]!;
    const heads = [...titles, ...lines.slice(0, i).filter((l) => !hasSentenceEnd(l.text)).map((l) => squeeze(l.text))];
    for (const head of heads) {
      if ([...head].length < MIN_GLUED) continue;
      const end = prefixEnd(line.text, head);
      const rest = line.text.slice(end);
      if (end < 0 || !(hasSentenceEnd(rest) || visibleLength(rest) >= MIN_GLUED_REST)) continue;
      removed.push({ kind: 'duplicate-title', line: line.n, text: line.text.slice(0, end).trim() });
      lines[i] = { ...line, text: line.text.slice(end) };
      break;
    }
  }

  const last = lines.at(-1);
  if (last && lines.length > 1 && titles.includes(squeeze(last.text))) drop(lines.length - 1);
  return { lines, removed, ...(betterTitle !== undefined ? { markerTitle: betterTitle } : {}) };
};
