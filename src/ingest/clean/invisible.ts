/**
 * Removes private-use, zero-width, bidirectional-control and control characters. A run of them
 * between two words (a private-use separator in 为指导\ue003努力) becomes a space.
 */
import { cut, eachLine, matchRanges, type LineTransform } from './transform.ts';

const INVISIBLE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ue000-\uf8ff\u{f0000}-\u{10ffff}]+/gu;
const WORD = /[\p{L}\p{N}]/u;

/** Removes invisible characters from every line, recording them as kind invisible. */
export const removeInvisible: LineTransform = (lines) =>
  eachLine(lines, (line) =>
    cut(line, matchRanges(INVISIBLE, line.text), 'invisible', (start, end) =>
      WORD.test(line.text[start - 1] ?? '') && WORD.test(line.text[end] ?? '') ? ' ' : '',
    ),
  );
