/**
 * The error every ingestion stage throws for bad input: it names the file, the place in it and the
 * reason, so the CLI can report it and go on with the other files.
 */

/** Where in a file the problem is: a 1-based line, a 0-based byte offset, or both. */
export interface ErrorPlace {
  line?: number;
  byte?: number;
}

/** Formats a place as `line 3, byte 1234`, or '' when nothing is known. */
export function formatPlace(place: ErrorPlace): string {
  const parts: string[] = [];
  if (place.line !== undefined) parts.push(`line ${place.line}`);
  if (place.byte !== undefined) parts.push(`byte ${place.byte}`);
  return parts.join(', ');
}

/** Bad input: `content/sources/x.txt: byte 1234: not valid UTF-8, UTF-16 or GB18030 text`. */
export class IngestError extends Error {
  readonly file: string;
  readonly place: ErrorPlace;
  readonly reason: string;

  constructor(file: string, place: ErrorPlace, reason: string) {
    const where = formatPlace(place);
    super(where ? `${file}: ${where}: ${reason}` : `${file}: ${reason}`);
    this.name = 'IngestError';
    this.file = file;
    this.place = place;
    this.reason = reason;
  }
}
