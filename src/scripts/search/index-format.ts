/**
 * The files of the exact-match search index (written by src/integrations/search, read in the
 * browser), and their binary codec. All files are gzip-compressed and live under
 * `search-index/`:
 * - `meta.bin`: {@link IndexMeta}, the version and the per-document table (lengths, facets, year);
 * - `<version>/s<N>.bin`: shard N of the postings: for every character, the documents containing it,
 *   and for every pair of adjacent characters (bigram), the documents and positions where it occurs;
 * - `<version>/d<N>.bin`: {@link DocFragment} of document N, what a result shows.
 * Positions count code points of the normalized text (normalize.ts) of the document's blocks,
 * the title block first; a block boundary takes one position, so no bigram spans two blocks.
 */
import { VarintReader, VarintWriter } from './varint.ts';

/** The facets a search can be filtered by, in display order. */
export const FACETS = ['topic', 'level', 'kind', 'province', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/** One value of a facet: the ASCII key used in URLs and its Chinese label. */
export interface FacetValue {
  key: string;
  label: string;
}

/** The per-document table every query needs, in one small file. Arrays are indexed by document number. */
export interface IndexMeta {
  /** Build id; the shards and fragments of this build are under `search-index/<version>/`. */
  version: string;
  /** Number of postings shards. */
  shards: number;
  /** Value tables of the facets. */
  facets: Record<Facet, FacetValue[]>;
  /** Per facet, per document: the indexes of its values in `facets[facet]`. */
  values: Record<Facet, number[][]>;
  /** Normalized text length (positions) of each document. */
  length: number[];
  /** Positions taken by each document's title block. */
  titleLength: number[];
  /** Year of each document, 0 when unknown (sorting only). */
  year: number[];
}

/** What a result needs of one document: URL (relative to the site base), title, meta line, text blocks. */
export interface DocFragment {
  url: string;
  title: string;
  meta: string;
  /** Text blocks in order (title block first), each with the index of its section heading in `anchors` or -1. */
  blocks: [text: string, anchor: number][];
  /** Section headings: [id, heading text]. */
  anchors: [id: string, text: string][];
}

/** Where a character or bigram occurs in one document. */
export interface Posting {
  doc: number;
  /** Number of occurrences. */
  count: number;
  /** Whether it occurs in the title (only stored for single characters; bigrams derive it from positions). */
  inTitle: boolean;
  /** Ascending positions (bigrams only). */
  positions?: number[];
}

/** Postings of a shard, by key (one character or a bigram). */
export type Shard = Map<string, Posting[]>;

/** A decoded shard's directory: postings are decoded only when a key is asked for. */
export class ShardView {
  private readonly bytes: Uint8Array;
  private readonly entries = new Map<string, [start: number, end: number, single: boolean]>();
  private readonly decoded = new Map<string, Posting[]>();

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    const r = new VarintReader(bytes);
    const count = r.read();
    for (let e = 0; e < count; e++) {
      const length = r.read();
      let key = '';
      for (let i = 0; i < length; i++) key += String.fromCodePoint(r.read());
      const size = r.read();
      this.entries.set(key, [r.pos, r.pos + size, length === 1]);
      r.pos += size;
    }
  }

  /** The keys in this shard. */
  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** The postings of `key`, or undefined when no document has it. */
  get(key: string): Posting[] | undefined {
    const cached = this.decoded.get(key);
    if (cached) return cached;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const [start, end, single] = entry;
    const r = new VarintReader(this.bytes.subarray(start, end));
    const postings = decodePostings(r, single);
    this.decoded.set(key, postings);
    return postings;
  }
}

/** Reads the postings of one key (see {@link encodeShard}). */
function decodePostings(r: VarintReader, single: boolean): Posting[] {
  const count = r.read();
  const postings: Posting[] = new Array(count);
  let doc = 0;
  for (let i = 0; i < count; i++) {
    doc += r.read();
    if (single) {
      const v = r.read();
      postings[i] = { doc, count: Math.floor(v / 2), inTitle: v % 2 === 1 };
    } else {
      const n = r.read();
      const positions: number[] = new Array(n);
      let pos = 0;
      for (let k = 0; k < n; k++) positions[k] = pos += r.read();
      postings[i] = { doc, count: n, inTitle: false, positions };
    }
  }
  return postings;
}

/** The shard that holds `key`: FNV-1a of its UTF-16 code units. */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

/** Appends one document's posting of a key; `prevDoc` is the previous posting's document (0 for the first). */
export function writePosting(w: VarintWriter, prevDoc: number, p: Posting, single: boolean): void {
  w.write(p.doc - prevDoc);
  if (single) {
    w.write(p.count * 2 + (p.inTitle ? 1 : 0));
    return;
  }
  const positions = p.positions ?? [];
  w.write(positions.length);
  let prev = 0;
  for (const pos of positions) {
    w.write(pos - prev);
    prev = pos;
  }
}

/** A key's postings already written with {@link writePosting}: how many, and the bytes. */
export interface PackedPostings {
  count: number;
  bytes: Uint8Array;
}

/**
 * Encodes a shard from packed postings. Layout (varints): entry count, then per key: code point
 * count, code points, byte size of its postings, postings (count; per document: document delta,
 * then `occurrences·2 + inTitle` for a character or the position count and position deltas for a bigram).
 */
export function packShard(entries: ReadonlyMap<string, PackedPostings>): Uint8Array {
  const out = new VarintWriter();
  out.write(entries.size);
  for (const [key, { count, bytes }] of entries) {
    const cps = [...key];
    out.write(cps.length);
    for (const cp of cps) out.write(cp.codePointAt(0)!);
    const head = new VarintWriter();
    head.write(count);
    const countBytes = head.finish();
    out.write(countBytes.length + bytes.length);
    out.append(countBytes);
    out.append(bytes);
  }
  return out.finish();
}

/** Encodes a shard of postings sorted by document, positions ascending (see {@link packShard}). */
export function encodeShard(shard: Shard): Uint8Array {
  const packed = new Map<string, PackedPostings>();
  for (const [key, postings] of shard) {
    const w = new VarintWriter();
    let prevDoc = 0;
    for (const p of postings) {
      writePosting(w, prevDoc, p, [...key].length === 1);
      prevDoc = p.doc;
    }
    packed.set(key, { count: postings.length, bytes: w.finish() });
  }
  return packShard(packed);
}

/** Decodes a whole shard written by {@link encodeShard}. */
export function decodeShard(bytes: Uint8Array): Shard {
  const view = new ShardView(bytes);
  return new Map([...view.keys()].map((key) => [key, view.get(key)!]));
}
