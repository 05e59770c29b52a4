/**
 * Stage 4, structure: a cleaned article → title, subtitle, byline, dateline, salutation and the
 * body as an mdast tree with its run-in headings in bold. Junk title suffixes are recorded as removed (kind junk-suffix),
 * an empty subtitle such as <> as a placeholder.
 */
import type { NoisePatterns } from '../noise.ts';
import { stripTitleSuffixes } from '../title.ts';
import type { RawArticle, Removal, StructuredArticle, TitleCandidate } from '../types.ts';
import { buildBody } from './body.ts';
import { readClosing, readHeader } from './header.ts';
import { markRunInHeadings } from './run-in.ts';

/** Meeting named in a first paragraph: 召开全县镇街人大工作座谈会 → 全县镇街人大工作座谈会. */
const MEETING = /召开(?:了)?(?:这次|这个|本次|今天的)?([^，。；、]{4,30}?(?:会议|座谈会|工作会|交流会|推进会|大会))/u;
/** A subtitle that is only an empty pair of brackets: a template's blank (<>, 《》, （）). */
const EMPTY_SUBTITLE = /^\s*(?:<\s*>|＜\s*＞|《\s*》|〈\s*〉|（\s*）|\(\s*\))\s*$/u;
/** Longest title taken from the first clause when no meeting is named. */
const MAX_DERIVED = 30;

/** A title from the text for an article that has none: the meeting it names, else its first clause. */
export function deriveTitle(text: string): string {
  const meeting = MEETING.exec(text);
  if (meeting) return meeting[1]!;
  const clause = text.split(/[，。；！？,;!?]/u)[0] ?? text;
  return [...clause].slice(0, MAX_DERIVED).join('');
}

/** Structures a cleaned article; `noise` supplies the junk title suffixes. */
export function structureArticle(article: RawArticle, noise: NoisePatterns): StructuredArticle {
  const removed: Removal[] = [...article.removed];
  /** A title without its junk suffixes, which are recorded against the title's source line. */
  const strip = (text: string, line: number): string => {
    const stripped = stripTitleSuffixes(text, noise.titleSuffixes);
    removed.push(...stripped.suffixes.map((suffix): Removal => ({ kind: 'junk-suffix', line, text: suffix })));
    return stripped.title;
  };
  const markerTitle = article.markerTitle !== undefined ? strip(article.markerTitle, article.markerLine!) : undefined;
  const header = readHeader(article.lines, markerTitle);
  const titleLine = markerTitle !== undefined ? article.markerLine! : article.lines[0]?.n;
  let title = markerTitle ?? (header.title !== undefined ? strip(header.title, titleLine!) : undefined);
  if (title !== undefined && header.titleLines !== undefined) {
    // Prefer the title as laid out on the header lines; the other copy is the duplicate.
    removed.push({ kind: 'duplicate-title', line: titleLine!, text: title });
    title = header.titleLines;
  }
  removed.push(...header.duplicates.map((l): Removal => ({ kind: 'duplicate-title', line: l.n, text: l.text.trim() })));
  if (header.collection) removed.push({ kind: 'boilerplate', line: header.collection.n, text: header.collection.text });
  if (header.subtitle !== undefined && EMPTY_SUBTITLE.test(header.subtitle)) {
    const line = article.lines.slice(0, header.consumed).find((l) => l.text.trim() === header.subtitle!.trim());
    removed.push({ kind: 'placeholder', line: line?.n ?? article.lines[0]!.n, text: header.subtitle });
    delete header.subtitle;
  }
  let bodyLines = article.lines.slice(header.consumed);
  if (header.rest) bodyLines = [header.rest, ...bodyLines];
  // A closing dateline only when the header gave none (otherwise it stays a paragraph).
  const closing = header.dateline === undefined ? readClosing(bodyLines, header.byline === undefined) : { consumed: 0 };
  bodyLines = bodyLines.slice(0, bodyLines.length - closing.consumed);

  const numbers = [...article.lines.map((l) => l.n), ...removed.map((r) => r.line)];
  const titleDerived = title === undefined;
  const finalTitle = title ?? deriveTitle(bodyLines.find((l) => l.text.length > 0)?.text ?? '');
  const considered: Array<[string | undefined, string]> = [
    [markerTitle, '篇目标记（第N篇：）'],
    [header.title, '首行'],
    [header.titleLines, '标题分行排列'],
    [titleDerived ? finalTitle : undefined, '由正文推断（会议名称或首句）'],
  ];
  const titleCandidates = considered
    .filter((c): c is [string, string] => c[0] !== undefined)
    .map(([text, source]): TitleCandidate => ({ text, source, chosen: text === finalTitle }));
  const byline = header.byline ?? closing.byline;
  const dateline = header.dateline ?? closing.dateline;
  return {
    ordinal: article.ordinal,
    title: finalTitle,
    ...(titleDerived ? { titleDerived: true } : {}),
    ...(header.subtitle !== undefined ? { subtitle: header.subtitle } : {}),
    ...(byline !== undefined ? { byline } : {}),
    ...(dateline !== undefined ? { dateline } : {}),
    ...(header.salutation !== undefined ? { salutation: header.salutation } : {}),
    body: markRunInHeadings(buildBody(bodyLines)),
    titleCandidates,
    lines: [Math.min(...numbers), Math.max(...numbers)],
    removed: removed.sort((a, b) => a.line - b.line),
  };
}
