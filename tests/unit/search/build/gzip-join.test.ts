import fc from 'fast-check';
import { crc32, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32Combine, decodePieces, deflatePiece, encodePieces, joinGzip, storedPiece } from '../../../../src/search/build/gzip-join.ts';

/** Byte arrays with long runs (compressible) and sizes across the 64 KiB limit of a stored block. */
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 60_000, max: 140_000 })).map(([v, n]) => new Uint8Array(n).fill(v)),
);

describe('joinGzip', () => {
  it('makes one gzip stream that any gunzip reads as the pieces’ bytes in order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(bytes, fc.boolean()), { maxLength: 6 }), (parts) => {
        const pieces = parts.map(([b, stored]) => (stored ? storedPiece(b) : deflatePiece(b)));
        // gunzipSync checks the CRC-32 and length in the trailer.
        expect(gunzipSync(joinGzip(pieces))).toEqual(Buffer.concat(parts.map(([b]) => b)));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps pieces whole through their file form', () => {
    const pieces = ['人大代表'.repeat(100), '', '监督'].map((text) => deflatePiece(new TextEncoder().encode(text)));
    const file = encodePieces(pieces);
    expect(decodePieces(file)).toEqual(pieces);
    expect(() => decodePieces(file.subarray(0, file.length - 1))).toThrow(/truncated/);
    expect(() => decodePieces(new Uint8Array(3))).toThrow(/truncated/);
  });
});

describe('crc32Combine', () => {
  it('equals the CRC-32 of the concatenation (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.uint8Array({ maxLength: 2000 }), (a, b) => {
        expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(Buffer.concat([a, b])));
      }),
    );
  });
});
