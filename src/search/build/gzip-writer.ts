/** Compresses and writes files into one folder, counting the bytes written. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync, type ZlibOptions } from 'node:zlib';

/** Text compresses well already at the fastest level. */
export const TEXT: ZlibOptions = { level: 1 };
/** Varint lists gain nothing from LZ77 matching: Huffman coding alone is as small and twice as fast. */
export const BINARY: ZlibOptions = { strategy: constants.Z_HUFFMAN_ONLY };

export class GzipWriter {
  /** Compressed bytes written so far. */
  bytes = 0;
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /**
   * Writes `name`, compressed. Synchronously: segments are built in worker threads, one per
   * core, and zlib's or the file system's thread pool would only compete with them.
   */
  add(name: string, content: Uint8Array, options: ZlibOptions): void {
    const gz = gzipSync(content, options);
    writeFileSync(join(this.dir, name), gz);
    this.bytes += gz.length;
  }
}
