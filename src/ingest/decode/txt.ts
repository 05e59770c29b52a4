/**
 * Bytes of a .txt file → text. The encoding is detected, never assumed: a BOM decides; otherwise
 * UTF-16 without BOM (NUL bytes and a text-like reading), then strict UTF-8, then GB18030 (a
 * superset of GBK and GB2312) when it reads as text and the bytes are not mostly UTF-8.
 */
import { EMPTY_FILE, IngestError } from '../errors.ts';
import { sniffBinary } from './sniff.ts';

/** The encodings a .txt file is read in. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** What to do with a text file in an encoding that cannot be read. */
const RESAVE = '请把它另存为 UTF-8 或 GB18030 编码再导入';

/** Decoded text and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Decodes strictly; returns undefined when the bytes are not valid in `label`. */
function strict(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
  if (need < 0) return 0;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined || (c & 0xc0) !== 0x80) return 0;
  }
  // Overlong three- and four-byte forms, surrogates and code points above U+10FFFF.
  const c1 = bytes[i + 1]!;
  if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return 0;
  return need + 1;
}

/** Offset of the first byte that breaks UTF-8, or -1 when all of `bytes` is valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceAt(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Offset of the first byte that breaks the GB18030 byte structure, or -1 when there is none. */
export function firstInvalidGb18030(bytes: Uint8Array): number {
  const lead = (b: number | undefined) => b !== undefined && b >= 0x81 && b <= 0xfe;
  const digit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const c = bytes[i + 1];
    if (b < 0x80) i += 1;
    else if (!lead(b)) return i;
    else if (c !== undefined && ((c >= 0x40 && c <= 0x7e) || (c >= 0x80 && c <= 0xfe))) i += 2;
    else if (digit(c) && lead(bytes[i + 2]) && digit(bytes[i + 3])) i += 4;
    else return i;
  }
  return -1;
}

/**
 * Share of the non-ASCII bytes that form valid UTF-8 sequences. UTF-8 text with a few broken bytes
 * scores near 1; GBK text only by chance, far lower.
 */
export function utf8Share(bytes: Uint8Array): number {
  let high = 0;
  let valid = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceAt(bytes, i);
    if (length === 1) {
      i += 1;
    } else if (length === 0) {
      high += 1;
      i += 1;
    } else {
      high += length;
      valid += length;
      i += length;
    }
  }
  return high === 0 ? 1 : valid / high;
}

/** A UTF-16 or GB18030 reading is accepted when this share of its characters is usual in text. */
const TEXT_LIKE_THRESHOLD = 0.9;

/** Share of characters that are usual in Chinese documents: CJK, CJK/fullwidth punctuation, printable ASCII, whitespace. */
export function textLikeShare(text: string): number {
  if (text.length === 0) return 0;
  const usual = text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u206f\x20-\x7e\s]/gu)?.length ?? 0;
  return usual / text.length;
}

/**
 * Which byte order a BOM-less UTF-16 text has: it contains NUL bytes (high bytes of ASCII and line
 * feeds, low bytes of code units such as U+4E00) and decodes, in that order, to text-like characters.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0 || bytes.indexOf(0) < 0) return undefined;
  const best = (['utf-16le', 'utf-16be'] as const)
    .map((order) => {
      const text = strict(order, bytes);
      return { order, share: text === undefined ? 0 : textLikeShare(text) };
    })
    .sort((x, y) => y.share - x.share)[0]!;
  return best.share >= TEXT_LIKE_THRESHOLD ? best.order : undefined;
}

/** 1-based line of byte offset `at` (counting LF bytes; valid for ASCII-compatible encodings). */
function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** A GB18030 reading is rejected when this share of the non-ASCII bytes already reads as UTF-8 (broken UTF-8, not GBK). */
const UTF8_SHARE_LIMIT = 0.5;
/** Valid UTF-8 whose reading has less than this share of usual characters yields to a GB18030 reading that is text. */
const UTF8_IMPLAUSIBLE = 0.5;

/** Detects the encoding of a .txt file and decodes it; throws IngestError naming `name` when it cannot. */
export function decodeTextBytes(name: string, bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new IngestError(name, {}, EMPTY_FILE);
  const binary = sniffBinary(bytes);
  if (binary) throw new IngestError(name, { byte: 0 }, `不是文本文件，而是 ${binary}，未读取`);

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const text = strict('utf-8', body);
    if (text === undefined) {
      const at = firstInvalidUtf8(body) + 3;
      throw new IngestError(name, { line: lineOfByte(bytes, at), byte: at }, `开头标明是 UTF-8（有 BOM），但不是有效的 UTF-8 文本，未读取；${RESAVE}`);
    }
    return checked(name, { text, encoding: 'utf-8-bom' });
  }
  const bomOrder = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  const order = bomOrder ?? utf16WithoutBom(bytes);
  if (order) {
    const body = bomOrder ? bytes.subarray(2) : bytes;
    const text = strict(order, body);
    if (text === undefined) throw new IngestError(name, {}, `看起来是 ${order.toUpperCase()} 文本，但不是有效的 ${order.toUpperCase()}（字节数为奇数或有不成对的代理项），未读取；${RESAVE}`);
    return checked(name, { text, encoding: order });
  }

  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new IngestError(name, { line: lineOfByte(bytes, nul), byte: nul }, '含有空字节（NUL），是二进制文件而不是文本，未读取');

  const invalidAt = firstInvalidUtf8(bytes);
  const gb = strict('gb18030', bytes);
  const gbReadsAsText = gb !== undefined && textLikeShare(gb) >= TEXT_LIKE_THRESHOLD;
  if (invalidAt < 0) {
    const text = strict('utf-8', bytes)!;
    // Short GBK text can be valid UTF-8 by chance (同志 = CD AC D6 BE): then it reads as Greek and Hebrew.
    if (gbReadsAsText && textLikeShare(text) < UTF8_IMPLAUSIBLE) return checked(name, { text: gb, encoding: 'gb18030' });
    return checked(name, { text, encoding: 'utf-8' });
  }
  const mostlyUtf8 = utf8Share(bytes) >= UTF8_SHARE_LIMIT;
  if (gbReadsAsText && !mostlyUtf8) return checked(name, { text: gb, encoding: 'gb18030' });
  // Name the place where the likelier encoding breaks: GBK text with one damaged line is reported there.
  const gbInvalidAt = mostlyUtf8 ? -1 : firstInvalidGb18030(bytes);
  const at = gbInvalidAt >= 0 ? gbInvalidAt : invalidAt;
  throw new IngestError(name, { line: lineOfByte(bytes, at), byte: at }, `不是有效的 UTF-8、UTF-16 或 GB18030 文本（可能混用了编码或已损坏），未读取；${RESAVE}`);
}

/** Characters that never occur in text: C0/C1 controls other than tab, line feed, carriage return, form feed. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/gu;

/** Rejects decoded text that is empty or mostly control characters (a binary file that decoded by chance). */
function checked(name: string, decoded: DecodedText): DecodedText {
  if (decoded.text.trim() === '') throw new IngestError(name, {}, '只有空白字符，没有可导入的内容');
  const controls = decoded.text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / decoded.text.length > 0.01) {
    throw new IngestError(name, {}, `按 ${decoded.encoding} 编码读出 ${controls} 个控制字符，是二进制文件而不是文本，未读取`);
  }
  return decoded;
}
