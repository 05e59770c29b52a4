/**
 * Page chrome around a text copied from a web page, beyond single noise lines: breadcrumbs and the
 * site header above one (slogans, menus: everything before the breadcrumb that is not a sentence),
 * "more articles" lists (a label such as 相关文章 and the titles under it), and a page's own
 * title field (标题：… or | 标题：… |), which becomes the title when the article has none.
 * Labels are content/noise.yaml `chrome` patterns; everything taken is recorded as boilerplate.
 */
import { hasSentenceEnd, visibleLength } from '../text-predicates.ts';
import type { Line, Removal } from '../types.ts';
import type { LineTransform } from './transform.ts';

/** How far from the top a breadcrumb marks the end of the site header. */
const HEADER_REACH = 8;
/** Longest line of a "more articles" list. */
const MAX_LIST_ITEM = 40;

const matches = (patterns: readonly RegExp[], text: string) => patterns.some((p) => p.test(text.trim()));

/** Removes breadcrumbs, the site header above one, and "more articles" lists. */
export const removePageChrome: LineTransform = (lines, { noise }) => {
  const removed: Removal[] = [];
  const take = (line: Line) => removed.push({ kind: 'boilerplate', line: line.n, text: line.text.trim() });
  let start = 0;
  for (let i = Math.min(HEADER_REACH, lines.length) - 1; i >= 0; i--) {
    if (!matches(noise.chrome.breadcrumb, lines[i]!.text)) continue;
    if (lines.slice(0, i).every((l) => !hasSentenceEnd(l.text))) start = i + 1;
    break;
  }
  lines.slice(0, start).forEach(take);
  const kept: Line[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (matches(noise.chrome.breadcrumb, line.text)) {
      take(line);
      continue;
    }
    if (!matches(noise.chrome.lists, line.text)) {
      kept.push(line);
      continue;
    }
    take(line);
    while (i + 1 < lines.length && !hasSentenceEnd(lines[i + 1]!.text) && visibleLength(lines[i + 1]!.text) <= MAX_LIST_ITEM) take(lines[++i]!);
  }
  return { lines: kept, removed };
};

/** `标题：`, optionally inside table pipes (| 标题：… |). */
const TITLE_LABEL = /^[\s|｜]*标题\s*[:：]\s*/u;

/** The end of `text` without trailing whitespace and table pipes (a loop: a regex would be quadratic on long runs). */
function trimPipes(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s|｜]/u.test(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

/** Takes a page's own title field as the article's title when it has no marker title. */
export const takePageTitle: LineTransform = (lines, { markerTitle }) => {
  if (markerTitle !== undefined) return { lines: [...lines], removed: [] };
  const index = lines.findIndex((l) => TITLE_LABEL.test(l.text) && trimPipes(l.text.slice(TITLE_LABEL.exec(l.text)![0].length)) !== '');
  if (index < 0) return { lines: [...lines], removed: [] };
  const line = lines[index]!;
  const label = TITLE_LABEL.exec(line.text)![0];
  const title = trimPipes(line.text.slice(label.length));
  const close = line.text.slice(label.length + title.length);
  const removed: Removal[] = [label, close].filter((t) => t.trim() !== '').map((t) => ({ kind: 'boilerplate', line: line.n, text: t.trim() }));
  return { lines: lines.filter((_, i) => i !== index), removed, markerTitle: title, markerLine: line.n };
};
