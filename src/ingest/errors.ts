/**
 * The error every ingestion stage throws for bad input: it names the file, the place in it and the
 * reason, so the CLI can report it and go on with the other files.
 */

/** Where in a file the problem is: a 1-based line, a 0-based byte offset, or both. */
export interface ErrorPlace {
  line?: number;
  byte?: number;
}

/**
 * Formats a place for the user: `第 3 行（文件第 1235 个字节）`, `文件开头`, or '' when nothing is
 * known. The byte is counted from 1 here (offset 1234 is the 1235th byte), and said to be the
 * file's: `第 3 行第 N 字节` would read as the Nth byte of that line.
 */
export function formatPlace(place: ErrorPlace): string {
  const byte = place.byte === undefined ? undefined : `文件第 ${place.byte + 1} 个字节`;
  if (place.line === undefined) return place.byte === 0 ? '文件开头' : (byte ?? '');
  return byte ? `第 ${place.line} 行（${byte}）` : `第 ${place.line} 行`;
}

/** The reason for a file with no bytes at all. */
export const EMPTY_FILE = '空文件（0 字节），没有可导入的内容';

/** Bad input: `content/sources/x.txt: 第 2 行（文件第 35 个字节）：不是有效的 UTF-8、UTF-16 或 GB18030 文本…`. */
export class IngestError extends Error {
  readonly file: string;
  readonly place: ErrorPlace;
  readonly reason: string;

  constructor(file: string, place: ErrorPlace, reason: string) {
    const where = formatPlace(place);
    super(where ? `${file}: ${where}：${reason}` : `${file}: ${reason}`);
    this.name = 'IngestError';
    this.file = file;
    this.place = place;
    this.reason = reason;
  }
}
