/**
 * Packs the segments' shards (index-format.ts): pack file N of a table holds, for every segment,
 * the shard a key of global shard N is in. Segments keep their shards compressed separately; a
 * pack file is one gzip stream joined from them (gzip-join.ts), so a query decompresses one
 * stream per term and a build compresses only the shards of the segments it built.
 */
import { encodePackHead, type PackInfo, type SegmentInfo, type Table } from '../shared/index-format.ts';
import { joinGzip, storedPiece, type DeflatePiece } from './gzip-join.ts';

const TABLES: readonly Table[] = ['l', 'p'];

/** Shards per table of the packed index: the most any segment has (all are powers of two). */
export function packShardCounts(segments: readonly SegmentInfo[]): Record<Table, number> {
  const most = (table: Table) => Math.max(1, ...segments.map((s) => s.shards[table]));
  return { l: most('l'), p: most('p') };
}

/** A segment's file of its compressed shards (gzip-join.ts: encodePieces), joined into pack files, not served itself. */
export const SHARDS_FILE = 'shards.bin';

/** A member of a pack file: a segment (its index) and one of its shards (its index, document-list shards first). */
export interface PackMember {
  segment: number;
  shard: number;
}

/** The pack files of `segments`: each one's name inside the pack folder and its members. */
export function* packFiles(segments: readonly SegmentInfo[], pack: PackInfo): Generator<[name: string, members: PackMember[]]> {
  for (const table of TABLES) {
    for (let n = 0; n < pack.shards[table]; n++) {
      const members = segments.map((s, segment) => ({ segment, shard: (table === 'l' ? 0 : s.shards.l) + (n % s.shards[table]) }));
      yield [`${table}${n}.bin`, members];
    }
  }
}

/** The gzip file of a pack whose members are these compressed shards. */
export function joinPack(members: readonly DeflatePiece[]): Uint8Array {
  return joinGzip([storedPiece(encodePackHead(members.map((m) => m.length))), ...members]);
}
