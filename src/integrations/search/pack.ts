/**
 * Packs the segments' shards (index-format.ts): pack file N of a table holds, for every segment,
 * the shard a key of global shard N is in. Segments keep their shards uncompressed; a pack file
 * is compressed as a whole, so a query decompresses one stream per term.
 */
import { encodePack, packMembers, type PackInfo, type SegmentInfo, type Table } from '../../scripts/search/index-format.ts';

const TABLES: readonly Table[] = ['l', 'p'];

/** Shards per table of the packed index: the most any segment has (all are powers of two). */
export function packShardCounts(segments: readonly SegmentInfo[]): Record<Table, number> {
  const most = (table: Table) => Math.max(1, ...segments.map((s) => s.shards[table]));
  return { l: most('l'), p: most('p') };
}

/** The pack files of `segments` (names inside the pack folder, uncompressed bytes); `read` gives a segment file by path. */
export function* packFiles(
  segments: readonly SegmentInfo[],
  pack: PackInfo,
  read: (path: string) => Uint8Array,
): Generator<[name: string, bytes: Uint8Array]> {
  for (const table of TABLES) {
    for (let n = 0; n < pack.shards[table]; n++) yield [`${table}${n}.bin`, encodePack(packMembers(segments, table, n).map(read))];
  }
}

/** Whether a segment's file `name` is one of its shards. */
export const isShardFile = (name: string): boolean => /^[lp]\d+\.bin$/.test(name);

/** Paths of the segments' shard files, which the pack files replace in the output. */
export function shardFiles(segments: readonly SegmentInfo[]): string[] {
  return segments.flatMap((s) => TABLES.flatMap((table) => Array.from({ length: s.shards[table] }, (_, n) => `${s.dir}/${table}${n}.bin`)));
}
