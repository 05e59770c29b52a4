/**
 * One gzip stream from pieces compressed separately, without compressing anything again. Each
 * piece is a run of non-final deflate blocks ending on a byte boundary (a sync flush), compressed
 * on its own (no back-reference reaches before its start), so pieces can follow each other in any
 * order; the stream ends with an empty final block and the CRC-32 of the whole, which is combined
 * from the pieces' CRCs. A segment's shards are compressed once, when the segment is built, and a
 * pack file (pack.ts) is joined from them in every later build.
 */
import { constants, crc32, deflateRawSync, type ZlibOptions } from 'node:zlib';

/** A separately compressed piece: its deflate blocks, and the CRC-32 and length of what they hold. */
export interface DeflatePiece {
  crc: number;
  length: number;
  deflated: Uint8Array;
}

/** Compresses `bytes` into a piece. */
export function deflatePiece(bytes: Uint8Array, options: ZlibOptions = {}): DeflatePiece {
  const deflated = deflateRawSync(bytes, { ...options, finishFlush: constants.Z_SYNC_FLUSH });
  return { crc: crc32(bytes), length: bytes.length, deflated: new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.length) };
}

/** A piece holding `bytes` uncompressed (stored blocks), for a few bytes not worth compressing. */
export function storedPiece(bytes: Uint8Array): DeflatePiece {
  const blocks = Math.max(1, Math.ceil(bytes.length / 0xffff));
  const deflated = new Uint8Array(bytes.length + 5 * blocks);
  for (let b = 0, at = 0; b < blocks; b++, at += 0xffff) {
    const size = Math.min(0xffff, bytes.length - at);
    // BFINAL 0, BTYPE 00, padding to the byte boundary; LEN and its complement, little-endian.
    deflated.set([0, size & 0xff, size >> 8, ~size & 0xff, (~size >> 8) & 0xff], at + 5 * b);
    deflated.set(bytes.subarray(at, at + size), at + 5 * b + 5);
  }
  return { crc: crc32(bytes), length: bytes.length, deflated };
}

/**
 * Pieces as one file: their number, then per piece its CRC-32, length and compressed size (4 bytes
 * each, little-endian), then the pieces' deflate blocks one after another.
 */
export function encodePieces(pieces: readonly DeflatePiece[]): Uint8Array {
  const head = 4 + 12 * pieces.length;
  const file = new Uint8Array(head + pieces.reduce((n, p) => n + p.deflated.length, 0));
  const view = new DataView(file.buffer);
  view.setUint32(0, pieces.length, true);
  let at = head;
  pieces.forEach((piece, i) => {
    view.setUint32(4 + 12 * i, piece.crc, true);
    view.setUint32(8 + 12 * i, piece.length, true);
    view.setUint32(12 + 12 * i, piece.deflated.length, true);
    file.set(piece.deflated, at);
    at += piece.deflated.length;
  });
  return file;
}

/** The pieces of a file written by {@link encodePieces}. */
export function decodePieces(file: Uint8Array): DeflatePiece[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const count = file.length >= 4 ? view.getUint32(0, true) : -1;
  let at = 4 + 12 * count;
  if (count < 0 || at > file.length) throw new Error('search index: truncated file of compressed pieces');
  return Array.from({ length: count }, (_, i) => {
    const size = view.getUint32(12 + 12 * i, true);
    at += size;
    if (at > file.length) throw new Error('search index: truncated file of compressed pieces');
    return { crc: view.getUint32(4 + 12 * i, true), length: view.getUint32(8 + 12 * i, true), deflated: file.subarray(at - size, at) };
  });
}

/** The gzip stream of the pieces' contents, in order. */
export function joinGzip(pieces: readonly DeflatePiece[]): Uint8Array {
  // Header: magic, deflate, no flags, no time, no extra flags, unknown OS.
  const header = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
  // An empty final block with fixed Huffman codes: BFINAL 1, BTYPE 01, end-of-block.
  const last = [0x03, 0x00];
  let crc = 0;
  let length = 0;
  let size = header.length + last.length + 8;
  for (const piece of pieces) {
    crc = crc32Combine(crc, piece.crc, piece.length);
    length += piece.length;
    size += piece.deflated.length;
  }
  const out = new Uint8Array(size);
  out.set(header);
  let at = header.length;
  for (const piece of pieces) {
    out.set(piece.deflated, at);
    at += piece.deflated.length;
  }
  out.set(last, at);
  const view = new DataView(out.buffer);
  view.setUint32(at + 2, crc, true);
  view.setUint32(at + 6, length % 2 ** 32, true);
  return out;
}

/** The CRC-32 polynomial, reflected. */
const POLY = 0xedb88320;

/** a(x)·b(x) modulo the CRC polynomial, in CRC-32's reflected bit order. */
function multiplyModP(a: number, b: number): number {
  let product = 0;
  for (let bit = 0x80000000; bit !== 0; bit >>>= 1) {
    if (a & bit) product ^= b;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return product >>> 0;
}

/** x^(2^k) modulo the CRC polynomial, k = 0 … 31. */
const X_POW_2K = (() => {
  const table = [0x40000000]; // x^1
  for (let k = 1; k < 32; k++) table.push(multiplyModP(table[k - 1], table[k - 1]));
  return table;
})();

/** x^(8·bytes) modulo the CRC polynomial: the factor that shifts a CRC past `bytes` zero bytes. */
function shiftFactor(bytes: number): number {
  let factor = 0x80000000; // x^0
  for (let k = 3; bytes > 0; bytes = Math.floor(bytes / 2), k++) {
    if (bytes % 2) factor = multiplyModP(X_POW_2K[k % 32], factor);
  }
  return factor;
}

/** CRC-32 of A followed by B, from CRC-32 of A, CRC-32 of B and B's length. */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multiplyModP(shiftFactor(lengthB), crcA) ^ crcB) >>> 0;
}
