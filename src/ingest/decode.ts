/**
 * Stage 1, decode: an input file's bytes → normalized text. `.txt` in UTF-8 (with or without BOM),
 * UTF-16 (BOM or NUL pattern) or GB18030/GBK (detected); `.docx` via mammoth. Line endings become
 * `\n`; Traditional text becomes Simplified. Character-level cleaning (pinyin annotations,
 * invisible characters) happens later, in clean, where every removal is recorded with its line.
 */
import { docxText } from './decode/docx.ts';
import { toSimplified } from './decode/simplify.ts';
import { decodeTextBytes, type TextEncoding } from './decode/txt.ts';
import { IngestError } from './errors.ts';
import type { SourceFile } from './types.ts';

/** The text of a file, how it was read, and whether it was converted from Traditional characters. */
export interface Decoded {
  text: string;
  encoding: TextEncoding | 'docx';
  traditional: boolean;
}

/** File extensions decode understands. */
export const DECODABLE_EXTENSIONS = ['.txt', '.docx'] as const;

/** CRLF and lone CR → LF. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Largest input decode accepts by default: far above any compilation of speeches (the seeds are 10–100 KB). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Throws IngestError when a file of `size` bytes is over the input limit. */
export function checkSize(name: string, size: number, maxBytes = MAX_INPUT_BYTES): void {
  if (size <= maxBytes) return;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  throw new IngestError(name, {}, `文件过大（${mb(size)}，上限 ${mb(maxBytes)}），未读取`);
}

/** Decodes a source file; throws IngestError naming the file, the place and the reason for bad input. */
export async function decode(file: SourceFile, { maxBytes = MAX_INPUT_BYTES }: { maxBytes?: number } = {}): Promise<Decoded> {
  checkSize(file.name, file.bytes.length, maxBytes);
  const extension = file.name.slice(file.name.lastIndexOf('.')).toLowerCase();
  let text: string;
  let encoding: Decoded['encoding'];
  if (extension === '.docx') {
    text = await docxText(file.name, file.bytes);
    encoding = 'docx';
  } else if (extension === '.txt') {
    ({ text, encoding } = decodeTextBytes(file.name, file.bytes));
  } else {
    throw new IngestError(file.name, {}, `不支持的文件类型“${extension}”（只能导入 ${DECODABLE_EXTENSIONS.join(' 或 ')}），未读取`);
  }
  text = normalizeLineEndings(text);
  if (text.trim() === '') throw new IngestError(file.name, {}, '文档里没有文字，没有可导入的内容');
  const simplified = toSimplified(text);
  return { text: simplified.text, encoding, traditional: simplified.converted };
}
