/**
 * Stage 2, split: decoded text → articles. A compilation is split at its 第一篇：… markers (any
 * numeral, in any order: every line lands in exactly one article); a file without markers is one
 * article. A leading teaser line (the start of the text run together, ending in "...") is recorded
 * as removed, as is text before the first marker that is not an article itself.
 */
import { hasSentenceEnd, squeeze } from './text-predicates.ts';
import type { Line, RawArticle, Removal } from './types.ts';

/** `第一篇：标题`, `第1篇 标题`, `第十二篇`; group 1 is the marker, group 2 the title. */
const MARKER = /^\s*(第\s*[一二三四五六七八九十百零〇两\d]{1,4}\s*篇\s*[:：、．.]?)\s*(.*)$/u;

/** The marker and title of a 第N篇 line, or undefined when the line is not a marker. */
export function parseArticleMarker(text: string): { marker: string; title: string } | undefined {
  const m = MARKER.exec(text);
  if (!m) return undefined;
  // A marker without a separator must be followed by whitespace or nothing: 第一篇文章指出… is prose.
  if (!/[:：、．.]$/u.test(m[1]!) && m[2] !== '' && !/^\s*第.+篇\s/u.test(text)) return undefined;
  return { marker: m[1]!, title: m[2]!.trim() };
}

/** Text lines numbered from 1; lines that are only whitespace are dropped. */
export function toLines(text: string): Line[] {
  return text
    .split('\n')
    .map((t, i) => ({ n: i + 1, text: t }))
    .filter((line) => line.text.trim() !== '');
}

/** Shortest teaser text; shorter lines ending in "..." are left alone. */
const MIN_TEASER = 8;

/**
 * True when `line` is a teaser: it ends with "..." or "…", and without whitespace and the
 * ellipsis it is a prefix of the text that follows (in the seeds it also starts with a space).
 */
export function isTeaser(line: Line, following: readonly Line[]): boolean {
  const m = /^(.*?)(?:\.{3,}|…+)\s*$/u.exec(line.text);
  if (!m) return false;
  const head = squeeze(m[1]!);
  if ([...head].length < MIN_TEASER) return false;
  let rest = '';
  for (const next of following) {
    if (rest.length >= head.length) break;
    rest += squeeze(next.text);
  }
  return rest.startsWith(head);
}

/** Splits decoded text into articles with 1-based source line numbers. */
export function splitArticles(text: string): RawArticle[] {
  const lines = toLines(text);
  const fileRemoved: Removal[] = [];
  if (lines.length > 1 && isTeaser(lines[0]!, lines.slice(1))) {
    fileRemoved.push({ kind: 'teaser', line: lines[0]!.n, text: lines[0]!.text.trim() });
    lines.shift();
  }

  const articles: RawArticle[] = [];
  let preamble: Line[] = [];
  let current: RawArticle | undefined;
  for (const line of lines) {
    const marker = parseArticleMarker(line.text);
    if (marker) {
      current = {
        ordinal: articles.length + 1,
        ...(marker.title ? { markerTitle: marker.title } : {}),
        markerLine: line.n,
        lines: [],
        removed: [{ kind: 'marker', line: line.n, text: marker.marker }],
      };
      articles.push(current);
    } else if (current) {
      current.lines.push(line);
    } else {
      preamble.push(line);
    }
  }

  if (articles.length === 0) return [{ ordinal: 1, lines: preamble, removed: fileRemoved }];

  // Text before the first marker: an article of its own when it has sentences, else a compilation title.
  if (preamble.length > 0 && preamble.some((l) => hasSentenceEnd(l.text))) {
    articles.unshift({ ordinal: 0, lines: preamble, removed: [] });
    preamble = [];
  }
  const first = articles[0]!;
  first.removed.unshift(...fileRemoved, ...preamble.map((l): Removal => ({ kind: 'preamble', line: l.n, text: l.text.trim() })));

  // A marker with no text after it (a table-of-contents entry) is not an article: its marker and
  // title are recorded in the next article (or the previous one, at the end of the file).
  const kept: RawArticle[] = [];
  let pending: Removal[] = [];
  for (const article of articles) {
    if (article.lines.length === 0) {
      const title = article.markerTitle ? [{ kind: 'outline' as const, line: article.markerLine!, text: article.markerTitle }] : [];
      pending.push(...article.removed, ...title);
      continue;
    }
    article.removed.unshift(...pending);
    pending = [];
    kept.push(article);
  }
  if (kept.length === 0) return [{ ordinal: 1, lines: [], removed: pending }];
  kept.at(-1)!.removed.push(...pending);
  return kept.map((article, i) => ({ ...article, ordinal: i + 1 }));
}
