/**
 * Packs the segments' shards (index-format.ts): pack file N of a table holds, for every segment,
 * the shard a key of global shard N is in. Segments keep their shards compressed separately; a
 * pack file is one gzip stream joined from them (gzip-join.ts), so a query decompresses one
 * stream per term and a build compresses only the shards of the segments it built.
 */
import { encodePackHead, packMembers, type PackInfo, type SegmentInfo, type Table } from '../../scripts/search/index-format.ts';
import { joinGzip, storedPiece, type DeflatePiece } from './gzip-join.ts';

const TABLES: readonly Table[] = ['l', 'p'];

/** Shards per table of the packed index: the most any segment has (all are powers of two). */
export function packShardCounts(segments: readonly SegmentInfo[]): Record<Table, number> {
  const most = (table: Table) => Math.max(1, ...segments.map((s) => s.shards[table]));
  return { l: most('l'), p: most('p') };
}

/** The pack files of `segments`: each one's name inside the pack folder and the paths of its members. */
export function* packFiles(segments: readonly SegmentInfo[], pack: PackInfo): Generator<[name: string, members: string[]]> {
  for (const table of TABLES) {
    for (let n = 0; n < pack.shards[table]; n++) yield [`${table}${n}.bin`, packMembers(segments, table, n)];
  }
}

/** The gzip file of a pack whose members are these compressed shards. */
export function joinPack(members: readonly DeflatePiece[]): Uint8Array {
  return joinGzip([storedPiece(encodePackHead(members.map((m) => m.length))), ...members]);
}

/** Whether a segment's file `name` is one of its shards. */
export const isShardFile = (name: string): boolean => /^[lp]\d+\.bin$/.test(name);

/** Paths of the segments' shard files, which the pack files replace in the output. */
export function shardFiles(segments: readonly SegmentInfo[]): string[] {
  return segments.flatMap((s) => TABLES.flatMap((table) => Array.from({ length: s.shards[table] }, (_, n) => `${s.dir}/${table}${n}.bin`)));
}
