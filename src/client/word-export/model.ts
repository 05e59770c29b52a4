/**
 * What a document page holds for a Word download, as plain data: read from the page
 * (from-page.ts) and written as .docx (to-docx.ts), so each side is tested on its own.
 */

/** A heading of the body; `level` is its HTML level (2 for h2 …), ranked relative to the body's top level on export. */
export interface WordHeading {
  kind: 'heading';
  level: number;
  text: string;
}

/** A paragraph of the body (list items and table rows become paragraphs too). */
export interface WordParagraph {
  kind: 'paragraph';
  text: string;
}

/** One block of the body, in reading order. */
export type WordBlock = WordHeading | WordParagraph;

/** A document page as the Word export needs it. */
export interface WordDocument {
  title: string;
  /** Subtitle, e.g. ——在……会议上的讲话. */
  subtitle?: string;
  /** Speaker and date line under the title. */
  byline?: string;
  blocks: WordBlock[];
  /** Closing lines after the body: the citation and the provenance of the text. */
  source: string[];
  /** The site the file comes from, as its author. */
  publisher?: string;
}
