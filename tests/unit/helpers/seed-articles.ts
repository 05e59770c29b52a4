/**
 * Test helper: StructuredArticles from the seed compilations (content/sources/*.txt) without the
 * structure stage — title + paragraph lines → mdast, headings by their numbering (一、 （一） 1、 （1）).
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Heading, Paragraph, Root } from 'mdast';
import type { StructuredArticle } from '../../../src/ingest/types.ts';

const SOURCES = new URL('../../../content/sources/', import.meta.url);
const MARKER = /^\s*第([一二三四五六七八九十]+)篇：(.*)$/u;
const SALUTATION = /^(?:各位[^，。]{0,10}、)?同志们[：:]$|^各位代表、同志们[：:]$/u;

/** An mdast heading depth for numbered outline lines, or undefined for paragraphs. */
function headingDepth(line: string): 2 | 3 | 4 | 5 | undefined {
  if (line.length > 60) return undefined;
  if (/^[一二三四五六七八九十]+、/u.test(line)) return 2;
  if (/^（[一二三四五六七八九十]+）/u.test(line)) return 3;
  if (/^\d+[、．.]/u.test(line)) return 4;
  if (/^（\d+）/u.test(line)) return 5;
  return undefined;
}

/** Paragraph lines → mdast Root (numbered short lines become headings). */
export function toBody(lines: readonly string[]): Root {
  return {
    type: 'root',
    children: lines.map((text): Heading | Paragraph => {
      const depth = headingDepth(text);
      const children = [{ type: 'text' as const, value: text }];
      return depth ? { type: 'heading', depth, children } : { type: 'paragraph', children };
    }),
  };
}

/** A constructed article: title + paragraphs, with optional header fields. */
export function article(title: string, paragraphs: readonly string[], header: Partial<StructuredArticle> = {}): StructuredArticle {
  return { ordinal: 1, title, body: toBody(paragraphs), lines: [1, paragraphs.length + 1], removed: [], ...header };
}

/** Seed file name by its number prefix (000 … 004). */
function seedFile(prefix: string): string {
  const name = readdirSync(SOURCES).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix}`);
  return name;
}

/** The raw lines of the `ordinal`-th article (1-based) of a seed, marker and teaser excluded. */
export function seedLines(prefix: string, ordinal: number): { markerTitle?: string; lines: string[] } {
  const all = readFileSync(new URL(seedFile(prefix), SOURCES), 'utf8').replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const starts = all.flatMap((line, i) => (MARKER.test(line) ? [i] : []));
  // A teaser repeats the first marker on line 1 right before the real one.
  if (starts.length > 1 && starts[0] === 0 && starts[1] === 1) starts.shift();
  if (starts.length === 0) return { lines: all.map((l) => l.trim()).filter(Boolean) };
  const from = starts[ordinal - 1]!;
  const to = starts[ordinal] ?? all.length;
  return {
    markerTitle: MARKER.exec(all[from]!)![2]!.trim(),
    lines: all.slice(from + 1, to).map((l) => l.trim()).filter(Boolean),
  };
}

/**
 * A seed article as the structure stage would hand it over: `header` gives what that stage
 * extracts (title, byline, dateline …) and `skip` drops that many leading lines it consumed.
 * By default the title is the marker's, a leading repeat of it and a salutation line are consumed.
 */
export function seedArticle(
  prefix: string,
  ordinal: number,
  header: Partial<StructuredArticle> & { skip?: number } = {},
): StructuredArticle {
  const { markerTitle, lines } = seedLines(prefix, ordinal);
  const { skip = 0, ...fields } = header;
  const title = fields.title ?? markerTitle ?? '';
  let rest = lines.slice(skip);
  if (rest[0] === title) rest = rest.slice(1);
  let salutation: string | undefined;
  if (rest[0] && SALUTATION.test(rest[0])) [salutation, ...rest] = rest;
  return article(title, rest, { ordinal, ...(salutation ? { salutation } : {}), ...fields });
}

/**
 * The 21 seed articles as the structure stage is expected to hand them over (titles without
 * 第N篇 and junk suffixes; byline/dateline split off where the source glues them to the title).
 */
export const SEED_ARTICLES: { id: string; prefix: string; ordinal: number; header?: Parameters<typeof seedArticle>[2] }[] = [
  { id: '000-1', prefix: '000', ordinal: 1, header: { subtitle: '坚定信心 开拓进取 充分发挥人大在全市经济社会发展中的作用', skip: 2 } },
  { id: '000-2', prefix: '000', ordinal: 2 },
  { id: '000-3', prefix: '000', ordinal: 3, header: { skip: 1 } },
  { id: '000-4', prefix: '000', ordinal: 4 },
  { id: '000-5', prefix: '000', ordinal: 5, header: { skip: 26 } },
  { id: '001-1', prefix: '001', ordinal: 1 },
  { id: '001-2', prefix: '001', ordinal: 2 },
  { id: '001-3', prefix: '001', ordinal: 3, header: { skip: 1 } },
  { id: '001-4', prefix: '001', ordinal: 4 },
  { id: '001-5', prefix: '001', ordinal: 5 },
  { id: '002-1', prefix: '002', ordinal: 1, header: { title: '在全县镇街人大工作座谈会上的讲话' } },
  {
    id: '003-1',
    prefix: '003',
    ordinal: 1,
    header: {
      title: '抓住机遇开拓创新依法履行职责充分发挥乡镇人大作用',
      byline: '疏勒县人大常委会',
      dateline: '2024年9月8日',
      salutation: '各位领导、同志们：',
      skip: 2,
    },
  },
  { id: '003-2', prefix: '003', ordinal: 2, header: { title: '努力履行职责，充分发挥工商联作用', skip: 1 } },
  { id: '003-3', prefix: '003', ordinal: 3, header: { subtitle: '充分发挥代表作用 提高代表履职水平全面推动xx乡经济社会又好又快发展', skip: 1 } },
  { id: '003-4', prefix: '003', ordinal: 4 },
  { id: '003-5', prefix: '003', ordinal: 5 },
  { id: '004-1', prefix: '004', ordinal: 1, header: { title: '人大机关宣传工作会议讲话', skip: 1 } },
  { id: '004-2', prefix: '004', ordinal: 2 },
  { id: '004-3', prefix: '004', ordinal: 3, header: { subtitle: '强化组织领导 健全工作机制 以提案办理为抓手做好惠民工作', skip: 1 } },
  {
    id: '004-4',
    prefix: '004',
    ordinal: 4,
    header: {
      title: '2024全市人大宣传工作会议材料',
      subtitle: '夯实基础建机制 突出重点求实效',
      byline: '陆良县人大常委会',
      dateline: '2024年4月',
      skip: 3,
    },
  },
  {
    id: '004-5',
    prefix: '004',
    ordinal: 5,
    header: { title: '全市人大工作会议上的讲话', subtitle: '以“三个代表”重要思想为指导努力开创全市人大工作新局面', skip: 2 },
  },
];

/** All 21 seed articles, keyed by id (000-1 … 004-5). */
export function seedCorpus(): Map<string, StructuredArticle> {
  return new Map(SEED_ARTICLES.map((s) => [s.id, seedArticle(s.prefix, s.ordinal, s.header)]));
}
