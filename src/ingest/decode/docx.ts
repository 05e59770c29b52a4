/** A Word .docx file → plain text with one line per paragraph (mammoth). */
import mammoth from 'mammoth';
import { IngestError } from '../errors.ts';
import { checkDocxArchive } from './docx-limits.ts';
import { isZip, sniffBinary } from './sniff.ts';

/** Extracts the paragraphs of a .docx as lines; throws IngestError when the file is not a readable .docx. */
export async function docxText(name: string, bytes: Uint8Array): Promise<string> {
  if (bytes.length === 0) throw new IngestError(name, {}, 'empty file');
  if (!isZip(bytes)) {
    const binary = sniffBinary(bytes);
    throw new IngestError(name, { byte: 0 }, `not a .docx file (${binary ?? 'not a ZIP archive'})`);
  }
  // Before mammoth unpacks it in memory: refuses a decompression bomb or a DOCTYPE without holding either.
  await checkDocxArchive(name, bytes);
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (error) {
    throw new IngestError(name, {}, `not a readable .docx file: ${(error as Error).message}`);
  }
  // mammoth ends every paragraph with a blank line; a single line feed is a line break inside one.
  return raw.replace(/\n\n/g, '\n');
}
