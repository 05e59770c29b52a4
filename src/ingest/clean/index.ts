/**
 * Stage 3, clean: a sequence of small line transforms (one module each), every removal recorded
 * with its source line and kind so nothing disappears silently.
 */
import type { NoisePatterns } from '../noise.ts';
import type { Line, RawArticle, Removal } from '../types.ts';
import { removeDuplicateTitles } from './duplicate-title.ts';
import { splitGluedHeadings } from './glued-headings.ts';
import { removeInvisible } from './invisible.ts';
import { removeNoiseInline } from './noise-inline.ts';
import { removeNoiseLines } from './noise-lines.ts';
import { removeOutline, removeTableOfContents } from './outline.ts';
import { removePageChrome, takePageTitle } from './page-chrome.ts';
import { removeGluedPageNumbers } from './page-numbers.ts';
import { removePinyin } from './pinyin.ts';
import { rejoinBrokenLines } from './rejoin.ts';
import type { CleanContext, LineTransform } from './transform.ts';

/** The cleaning transforms in the order they run. */
export const CLEAN_TRANSFORMS: ReadonlyArray<readonly [string, LineTransform]> = [
  ['invisible', removeInvisible],
  ['pinyin', removePinyin],
  ['page-chrome', removePageChrome], // before noise-lines, which removes the breadcrumb it looks for
  ['noise-lines', removeNoiseLines],
  ['page-title', takePageTitle],
  ['noise-inline', removeNoiseInline],
  ['toc', removeTableOfContents], // before page-numbers, which would cut the entries' page numbers
  ['page-numbers', removeGluedPageNumbers],
  ['duplicate-title', removeDuplicateTitles],
  ['glued-headings', splitGluedHeadings],
  ['outline', removeOutline], // after glued-headings: the body's headings it looks for may be glued
  ['rejoin', rejoinBrokenLines],
];

/** Drops lines left with nothing but whitespace and trims line ends (indentation stays: it marks paragraph starts). */
function tidy(lines: readonly Line[]): Line[] {
  return lines.filter((l) => l.text.trim() !== '').map((l) => ({ ...l, text: l.text.trimEnd() }));
}

/** The character-level transforms, which also clean the marker title. */
const TITLE_TRANSFORMS: readonly LineTransform[] = [removeInvisible, removePinyin, removeNoiseInline];

/** The marker title without invisible characters, pinyin and inline watermarks, and what they took. */
function cleanMarkerTitle(article: RawArticle, noise: NoisePatterns): { title?: string; removed: Removal[] } {
  if (article.markerTitle === undefined) return { removed: [] };
  let lines: Line[] = [{ n: article.markerLine!, text: article.markerTitle }];
  const removed: Removal[] = [];
  for (const transform of TITLE_TRANSFORMS) {
    const result = transform(lines, { noise });
    lines = tidy(result.lines);
    removed.push(...result.removed);
  }
  return { ...(lines[0] ? { title: lines[0].text } : {}), removed };
}

/** Cleans one article: watermarks, boilerplate, page numbers, invisible characters, repeated titles, outlines, broken lines. */
export function cleanArticle(article: RawArticle, noise: NoisePatterns): RawArticle {
  const title = cleanMarkerTitle(article, noise);
  let context: CleanContext = {
    noise,
    ...(title.title !== undefined ? { markerTitle: title.title } : {}),
    ...(article.markerLine !== undefined ? { markerLine: article.markerLine } : {}),
  };
  let lines = tidy(article.lines);
  const removed: Removal[] = [...article.removed, ...title.removed];
  for (const [, transform] of CLEAN_TRANSFORMS) {
    const result = transform(lines, context);
    lines = tidy(result.lines);
    removed.push(...result.removed);
    if (result.markerTitle !== undefined) context = { ...context, markerTitle: result.markerTitle };
    if (result.markerLine !== undefined) context = { ...context, markerLine: result.markerLine };
  }
  const { markerTitle: _, markerLine: __, ...rest } = article;
  return {
    ...rest,
    ...(context.markerTitle !== undefined ? { markerTitle: context.markerTitle } : {}),
    ...(context.markerLine !== undefined ? { markerLine: context.markerLine } : {}),
    lines,
    removed,
  };
}
