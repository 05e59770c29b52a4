/**
 * The files of the exact-match search index (written by src/search/build, read in the
 * browser), and their binary codec. All files are gzip-compressed and live under `search-index/`:
 * - `meta.bin`: {@link IndexMeta}, the segments and the per-document table (lengths, facets, year);
 * - the documents in segments of consecutive document numbers, each in a folder named for its
 *   content (so an unchanged segment keeps its files from build to build), numbered from 0 inside:
 *   - shard N of the segment's document lists (`l`): for every term of 1 to {@link GRAM} code
 *     points that occurs, the documents containing it, with occurrence count and a title flag;
 *   - shard N of its position lists (`p`): for every term of exactly GRAM code points, the
 *     documents and positions where it occurs (to verify longer terms);
 *   - `<segment>/x<N>.bin`: one list too large to share a shard, referenced from its shard;
 *   - `<segment>/d<N>.bin`: {@link DocFragment} of document N (JSON), what a result shows.
 * - `<pack>/l<N>.bin`, `<pack>/p<N>.bin`: the shards of every segment that can hold a key of
 *   global shard N, one file per N so that a term costs one request whatever the number of
 *   segments ({@link encodePack}), joined from the segments' separately compressed shards
 *   without compressing again (src/search/build/gzip-join.ts). Shard counts are
 *   powers of two, so a key's shard in a segment of S shards is its global shard modulo S.
 * Positions count code points of the normalized text (normalize.ts) of the document's blocks,
 * the title block first; a block boundary takes one position, so no term spans two blocks.
 * Numbers are unsigned varints (varint.ts); document numbers in a list are stored as the gap to
 * the previous one minus one (the first as itself).
 */
import { VarintReader, VarintWriter } from './varint.ts';
import { fnv1a } from '../../utils/fnv1a.ts';
import { SEARCH_FACETS, type FacetValue, type SearchFacet } from './facet-registry.ts';


/**
 * Version of the index format. A search page reads only indexes of this version: another site's
 * index of an older or newer build is skipped with a message (federation.ts). Raise it whenever
 * a file's encoding changes.
 */
export const INDEX_FORMAT = 2;

/** The site an index belongs to, as its build knew it. */
export interface SiteInfo {
  /** The site's name (content/site.yaml `name`). */
  name: string;
  /** The site's base: an absolute URL when the build had SITE_URL, else its base path. */
  base: string;
}

/** Longest term with its own document list; longer terms are verified with position lists. */
export const GRAM = 4;

/** Which shard table a key is looked up in: document lists (`l`) or position lists (`p`). */
export type Table = 'l' | 'p';

/** One segment of the index: its folder, number of documents and number of shards of each table. */
export interface SegmentInfo {
  dir: string;
  docs: number;
  shards: Record<Table, number>;
}

/** The packed shards: their folder and number per table (the largest segment's). */
export interface PackInfo {
  dir: string;
  shards: Record<Table, number>;
}

/** The per-document table every query needs, in one small file. Arrays are indexed by document number. */
export interface IndexMeta {
  /** {@link INDEX_FORMAT} of the build that wrote it; 0 for an index written before formats were numbered. */
  format: number;
  site: SiteInfo;
  /** The segments in document order: the first holds documents 0 … docs-1, the next the following ones. */
  segments: SegmentInfo[];
  pack: PackInfo;
  /** Value tables of the facets. */
  facets: Record<SearchFacet, FacetValue[]>;
  /** Per facet, per document: the indexes of its values in `facets[facet]`. */
  values: Record<SearchFacet, number[][]>;
  /** Normalized text length (positions) of each document, within 4.5% (stored on a log scale). */
  length: number[];
  /** Positions taken by each document's title block. */
  titleLength: number[];
  /** Year of each document, 0 when unknown (sorting only); the value of its year facet. */
  year: number[];
}

/** What a result needs of one document: URL (relative to the site base, without `/` or `..` at its start), title, meta line, text blocks. */
export interface DocFragment {
  url: string;
  title: string;
  meta: string;
  /** Material outside people's-congress work: badged 相关资料, as in lists. */
  offTopic?: boolean;
  /** Text blocks in order (title block first), each with the index of its section heading in `anchors` or -1. */
  blocks: [text: string, anchor: number][];
  /** Section headings: [id, heading text]. */
  anchors: [id: string, text: string][];
}

/** One document of a document list. */
export interface Posting {
  doc: number;
  /** Number of occurrences. */
  count: number;
  /** Whether the term occurs in the title. */
  inTitle: boolean;
}

/** One document of a position list: ascending start positions of the term. */
export interface PositionPosting {
  doc: number;
  positions: number[];
}

/** Length steps per doubling in {@link IndexMeta.length}'s log scale. */
const LENGTH_STEPS = 16;
/** A facet with at most this many values stores each document's values as one bit set. */
const BIT_SET_VALUES = 30;

/**
 * Encodes the meta table: a JSON head (segments, facet values), then varint columns: lengths (log
 * scale), title lengths, and per facet each document's values (a bit set when the facet has few).
 */
export function encodeMeta(meta: IndexMeta): Uint8Array {
  const head = new TextEncoder().encode(JSON.stringify({ format: meta.format, site: meta.site, segments: meta.segments, pack: meta.pack, facets: meta.facets }));
  const w = new VarintWriter();
  w.write(head.length);
  w.append(head);
  const docs = meta.length.length;
  w.write(docs);
  for (const n of meta.length) w.write(Math.round(Math.log2(Math.max(n, 1)) * LENGTH_STEPS));
  for (const n of meta.titleLength) w.write(n);
  for (const f of SEARCH_FACETS) {
    const bits = meta.facets[f].length <= BIT_SET_VALUES;
    for (const values of meta.values[f]) {
      if (bits) {
        w.write(values.reduce((set, v) => set + 2 ** v, 0));
        continue;
      }
      w.write(values.length);
      for (const v of values) w.write(v);
    }
  }
  return w.finish();
}

/** Decodes {@link encodeMeta}'s bytes. */
export function decodeMeta(bytes: Uint8Array): IndexMeta {
  const r = new VarintReader(bytes);
  const size = r.read();
  const head = JSON.parse(new TextDecoder().decode(bytes.subarray(r.pos, r.pos + size))) as Pick<IndexMeta, 'segments' | 'pack' | 'facets'> &
    Partial<Pick<IndexMeta, 'format' | 'site'>>;
  r.pos += size;
  const format = head.format ?? 0;
  // An index of another format may lay out its columns differently: its head is all that can be read.
  if (format !== INDEX_FORMAT) return { ...head, format, site: head.site ?? { name: '', base: '' }, values: emptyValues(), length: [], titleLength: [], year: [] };
  const docs = r.read();
  const column = () => Array.from({ length: docs }, () => r.read());
  const length = column().map((q) => Math.round(2 ** (q / LENGTH_STEPS)));
  const titleLength = column();
  const values = Object.fromEntries(
    SEARCH_FACETS.map((f) => {
      const bits = head.facets[f].length <= BIT_SET_VALUES;
      const read = (): number[] => {
        if (!bits) return Array.from({ length: r.read() }, () => r.read());
        const set = r.read();
        return head.facets[f].flatMap((_, v) => (set & (1 << v) ? [v] : []));
      };
      return [f, Array.from({ length: docs }, read)];
    }),
  ) as Record<SearchFacet, number[][]>;
  const year = values.year.map((vs) => (vs.length ? Number(head.facets.year[vs[0]].key) : 0));
  return { ...head, format, site: head.site!, values, length, titleLength, year };
}

/** Per facet, an empty list of documents' values. */
function emptyValues(): Record<SearchFacet, number[][]> {
  return Object.fromEntries(SEARCH_FACETS.map((f) => [f, []])) as unknown as Record<SearchFacet, number[][]>;
}

/** Where a key's list is: its bytes inside the shard, or the number of its own `x<N>.bin` file. */
export type ListRef = Uint8Array | number;


/** A decoded shard's directory: keys and where their lists are. */
export class ShardView {
  private readonly entries = new Map<string, ListRef>();

  constructor(bytes: Uint8Array) {
    const r = new VarintReader(bytes);
    const count = r.read();
    for (let e = 0; e < count; e++) {
      const length = r.read();
      let key = '';
      for (let i = 0; i < length; i++) key += String.fromCodePoint(r.read());
      const ref = r.read();
      if (ref % 2 === 1) {
        this.entries.set(key, (ref - 1) / 2);
      } else {
        this.entries.set(key, bytes.subarray(r.pos, r.pos + ref / 2));
        r.pos += ref / 2;
      }
    }
  }

  /** Where the list of `key` is, or undefined when no document has it. */
  get(key: string): ListRef | undefined {
    return this.entries.get(key);
  }
}

/**
 * Encodes a shard: entry count, then per key: code point count, code points, and either
 * `2·size` followed by the list's bytes, or `2·file + 1` for a list in its own file.
 */
export function encodeShard(entries: readonly (readonly [key: string, ref: ListRef])[]): Uint8Array {
  const size = (n: number) => (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5);
  const codePoints = entries.map(([key]) => [...key].map((ch) => ch.codePointAt(0)!));
  let total = size(entries.length);
  entries.forEach(([, ref], i) => {
    total += size(codePoints[i].length) + codePoints[i].reduce((n, cp) => n + size(cp), 0);
    total += typeof ref === 'number' ? size(ref * 2 + 1) : size(ref.length * 2) + ref.length;
  });
  const bytes = new Uint8Array(total);
  let at = 0;
  const write = (n: number) => {
    while (n >= 0x80) {
      bytes[at++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    bytes[at++] = n;
  };
  write(entries.length);
  entries.forEach(([, ref], i) => {
    write(codePoints[i].length);
    for (const cp of codePoints[i]) write(cp);
    if (typeof ref === 'number') {
      write(ref * 2 + 1);
    } else {
      write(ref.length * 2);
      bytes.set(ref, at);
      at += ref.length;
    }
  });
  return bytes;
}

/** The number of shards for about `bytes` of entries at `target` bytes a shard: a power of two. */
export function shardCount(bytes: number, target: number): number {
  let shards = 1;
  while (bytes / shards > target) shards *= 2;
  return shards;
}

/** The head of a pack file holding members of these byte sizes: their count, then each size. */
export function encodePackHead(sizes: readonly number[]): Uint8Array {
  const w = new VarintWriter();
  w.write(sizes.length);
  for (const size of sizes) w.write(size);
  return w.finish();
}

/**
 * Encodes a pack file: its head ({@link encodePackHead}), then the members one after another (so
 * the builder can join a pack from members compressed separately: gzip-join.ts).
 */
export function encodePack(members: readonly Uint8Array[]): Uint8Array {
  const w = new VarintWriter();
  w.append(encodePackHead(members.map((m) => m.length)));
  for (const m of members) w.append(m);
  return w.finish();
}

/** The members of a pack file ({@link encodePack}). */
export function decodePack(bytes: Uint8Array): Uint8Array[] {
  const r = new VarintReader(bytes);
  const sizes = Array.from({ length: r.read() }, () => r.read());
  return sizes.map((size) => {
    r.pos += size;
    if (r.pos > bytes.length) throw new Error('search index: truncated pack');
    return bytes.subarray(r.pos - size, r.pos);
  });
}

/** The shard that holds `key`: FNV-1a of its UTF-16 code units (src/utils/fnv1a.ts). */
export function shardOf(key: string, shards: number): number {
  return fnv1a(key) % shards;
}

/** Decodes a document list: document count, then per document its gap and `occurrences·2 + inTitle`. */
export function decodeDocList(bytes: Uint8Array): Posting[] {
  const r = new VarintReader(bytes);
  const postings: Posting[] = new Array(r.read());
  let doc = -1;
  for (let i = 0; i < postings.length; i++) {
    doc += r.read() + 1;
    const v = r.read();
    postings[i] = { doc, count: v >>> 1, inTitle: (v & 1) === 1 };
  }
  return postings;
}

/** Decodes a position list: document count, then per document its gap, position count and position gaps. */
export function decodePositions(bytes: Uint8Array): PositionPosting[] {
  const r = new VarintReader(bytes);
  const postings: PositionPosting[] = new Array(r.read());
  let doc = -1;
  for (let i = 0; i < postings.length; i++) {
    doc += r.read() + 1;
    const positions: number[] = new Array(r.read());
    let pos = 0;
    for (let k = 0; k < positions.length; k++) positions[k] = pos += r.read();
    postings[i] = { doc, positions };
  }
  return postings;
}
