/**
 * Plain data passed between the ingestion stages (decode → split → clean → structure → classify → write).
 * Every stage is a pure function over these shapes; only the runner (src/ingest/runner/) and the writer (src/ingest/write/) touch the file system.
 */
import type { Root } from 'mdast';
import type { DocumentData } from '../schemas/document.ts';

/** An input file as read from disk. `name` is the path relative to the input root, with `/`. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
}

/** A line of decoded source text; `n` is its 1-based line number in the decoded file. */
export interface Line {
  n: number;
  text: string;
  /** Set by cleaning when there is evidence that the line breaks mid-sentence (a page number at its end). */
  continues?: boolean;
}

/** Why a piece of source text is not in the output document. */
export type RemovalKind =
  | 'marker' // 第一篇： compilation markers
  | 'teaser' // the file's first line repeating the start of the text with "..."
  | 'watermark' // ads and watermarks, whole line or injected mid-sentence
  | 'boilerplate' // visit counters, paywall notices, breadcrumbs
  | 'page-number' // page numbers, alone or glued to words
  | 'invisible' // private-use, zero-width and control characters
  | 'duplicate-title' // title line repeated right after the marker
  | 'outline' // 提纲 blocks that repeat the body's headings
  | 'pinyin' // pinyin annotations such as 鎮(zhèn)
  | 'junk-suffix' // title suffixes such as (精) 人大政协 （精选）
  | 'whitespace' // whitespace dropped when rejoining lines
  | 'placeholder' // a template's blank left unfilled and empty, e.g. a subtitle that is only <>
  | 'preamble' // text before the first 第一篇： marker that is not an article (a compilation's own title)
  | 'empty';

/** Text that the cleaning stage removed, and why; the no-loss check accounts every source character. */
export interface Removal {
  kind: RemovalKind;
  line: number;
  text: string;
}

/** One article of a compilation, as split from a decoded file. */
export interface RawArticle {
  /** 1-based position within the file. */
  ordinal: number;
  /** The title given by the 第N篇： marker, when there was one (without the marker). */
  markerTitle?: string;
  /** Source line of the 第N篇： marker, when there was one. */
  markerLine?: number;
  lines: Line[];
  removed: Removal[];
}

/** An article after cleaning: lines keep their source numbers, text may have changed. */
export interface CleanArticle extends RawArticle {}

/** An article as a document: header fields plus the body as an mdast tree (h2–h5 and paragraphs). */
export interface StructuredArticle {
  ordinal: number;
  title: string;
  subtitle?: string;
  /** Author or organ line, e.g. 疏勒县人大常委会. */
  byline?: string;
  /** The explicit date line as written, e.g. 2024年9月8日 or 二Ｏ一Ｏ年十一月八日. */
  dateline?: string;
  /** 同志们： / 各位代表、同志们： */
  salutation?: string;
  /**
   * True when the source gives no title (no marker, no title line) and `title` was taken from the
   * text (the meeting named in the first paragraph, else its first clause); such a title repeats
   * body text, so the no-loss check does not count it.
   */
  titleDerived?: boolean;
  body: Root;
  /** The title texts structure considered, where each came from, and which one it took (for the review page). */
  titleCandidates?: TitleCandidate[];
  /** First and last source line of the article. */
  lines: [number, number];
  removed: Removal[];
}

/** A title text considered for an article: the 第N篇 marker, the first line, the header lines, the text. */
export interface TitleCandidate {
  text: string;
  /** Where it was found, in Chinese (篇目标记, 首行 …). */
  source: string;
  chosen: boolean;
}

/** What classification derives from a structured article (frontmatter fields other than provenance). */
export type Classification = Omit<DocumentData, 'source' | 'duplicateOf' | 'byline' | 'dateline'>;
