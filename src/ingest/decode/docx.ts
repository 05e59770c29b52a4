/** A Word .docx file → plain text with one line per paragraph (mammoth). */
import mammoth from 'mammoth';
import { EMPTY_FILE, IngestError } from '../errors.ts';
import { checkDocxArchive, unreadableDocx } from './docx-limits.ts';
import { isZip, sniffBinary } from './sniff.ts';

/** Extracts the paragraphs of a .docx as lines; throws IngestError when the file is not a readable .docx. */
export async function docxText(name: string, bytes: Uint8Array): Promise<string> {
  if (bytes.length === 0) throw new IngestError(name, {}, EMPTY_FILE);
  if (!isZip(bytes)) {
    const binary = sniffBinary(bytes);
    throw new IngestError(name, { byte: 0 }, binary ? `不是 .docx 文件，而是 ${binary}，未读取` : '不是 .docx 文件（不是 ZIP 压缩格式），未读取');
  }
  // Before mammoth unpacks it in memory: refuses a decompression bomb or a DOCTYPE without holding either.
  await checkDocxArchive(name, bytes);
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (error) {
    throw unreadableDocx(name, (error as Error).message);
  }
  // mammoth ends every paragraph with a blank line; a single line feed is a line break inside one.
  return raw.replace(/\n\n/g, '\n');
}
