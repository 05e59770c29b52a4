/**
 * Bytes of a .txt file → text. The encoding is detected, never assumed: a BOM decides; otherwise
 * UTF-16 without BOM is recognized by its NUL-byte pattern, then strict UTF-8 is tried, then
 * GB18030 (a superset of GBK and GB2312) when the bytes look like Chinese text in it.
 */
import { IngestError } from '../errors.ts';
import { sniffBinary } from './sniff.ts';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

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

/** Offset of the first byte that breaks UTF-8, or -1 when all of `bytes` is valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three- and four-byte forms, surrogates and code points above U+10FFFF.
    const c1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) {
      return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Share of GB18030 double-byte characters whose lead byte lies in GB2312's symbol and level-1
 * (common characters) rows, A1–D7. Chinese text in GBK scores high; UTF-8 or other bytes read as
 * GB18030 land mostly in rare rows and score low. Undefined when there are no double-byte characters.
 */
export function gbCommonShare(bytes: Uint8Array): number | undefined {
  let double = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
    } else if (bytes[i + 1] !== undefined && bytes[i + 1]! >= 0x30 && bytes[i + 1]! <= 0x39) {
      i += 4; // four-byte GB18030 sequence
    } else {
      double += 1;
      if (b >= 0xa1 && b <= 0xd7) common += 1;
      i += 2;
    }
  }
  return double === 0 ? undefined : common / double;
}

/** Share of characters that are usual in Chinese documents: CJK, CJK/fullwidth punctuation, printable ASCII, whitespace. */
export function textLikeShare(text: string): number {
  if (text.length === 0) return 0;
  const usual = text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u206f\x20-\x7e\s]/gu)?.length ?? 0;
  return usual / text.length;
}

/**
 * Which byte order a BOM-less UTF-16 text has: its NUL bytes (high bytes of ASCII, line feeds)
 * all fall on one side of the code-unit pairs, and it decodes to text-like characters.
 */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNul += 1;
    if (bytes[i + 1] === 0) oddNul += 1;
  }
  const order = oddNul > 0 && evenNul === 0 ? 'utf-16le' : evenNul > 0 && oddNul === 0 ? 'utf-16be' : undefined;
  if (!order) return undefined;
  const text = strict(order, bytes);
  return text !== undefined && textLikeShare(text) >= 0.9 ? order : undefined;
}

/** 1-based line of byte offset `at` (counting LF bytes; valid for ASCII-compatible encodings). */
function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** A GB18030 reading is accepted when it decodes strictly and looks like Chinese text. */
const GB_COMMON_THRESHOLD = 0.6;

/** Detects the encoding of a .txt file and decodes it; throws IngestError naming `name` when it cannot. */
export function decodeTextBytes(name: string, bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new IngestError(name, {}, 'empty file');
  const binary = sniffBinary(bytes);
  if (binary) throw new IngestError(name, { byte: 0 }, `binary file (${binary}), not text`);

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const text = strict('utf-8', body);
    if (text === undefined) {
      const at = firstInvalidUtf8(body) + 3;
      throw new IngestError(name, { line: lineOfByte(bytes, at), byte: at }, 'has a UTF-8 BOM but is not valid UTF-8');
    }
    return checked(name, { text, encoding: 'utf-8-bom' });
  }
  const bomOrder = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  const order = bomOrder ?? utf16ByNulPattern(bytes);
  if (order) {
    const body = bomOrder ? bytes.subarray(2) : bytes;
    const text = strict(order, body);
    if (text === undefined) throw new IngestError(name, {}, `not valid ${order.toUpperCase()} text (odd length or unpaired surrogate)`);
    return checked(name, { text, encoding: order });
  }

  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new IngestError(name, { line: lineOfByte(bytes, nul), byte: nul }, 'NUL byte: binary file, not text');

  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt < 0) return checked(name, { text: strict('utf-8', bytes)!, encoding: 'utf-8' });

  const gb = strict('gb18030', bytes);
  if (gb !== undefined && (gbCommonShare(bytes) ?? 0) >= GB_COMMON_THRESHOLD) return checked(name, { text: gb, encoding: 'gb18030' });
  throw new IngestError(name, { line: lineOfByte(bytes, invalidAt), byte: invalidAt }, 'not valid UTF-8, UTF-16 or GB18030 text');
}

/** Characters that never occur in text: C0/C1 controls other than tab, line feed, carriage return, form feed. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/gu;

/** Rejects decoded text that is empty or mostly control characters (a binary file that decoded by chance). */
function checked(name: string, decoded: DecodedText): DecodedText {
  if (decoded.text.trim() === '') throw new IngestError(name, {}, 'empty file (only whitespace)');
  const controls = decoded.text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / decoded.text.length > 0.01) {
    throw new IngestError(name, {}, `binary file: ${controls} control characters in ${decoded.encoding} text`);
  }
  return decoded;
}
