/**
 * Builds one segment of the exact-match search index (format: src/search/shared/index-format.ts)
 * from the pages' extracted text and search records: every term of 1 to GRAM code points gets a
 * document list and every GRAM-long term a position list. While pages are added, each document's
 * terms are numbered (pair-table.ts) and noted in document order; `finish` groups them by term
 * (postings.ts). Pure: it returns the files, uncompressed; the integration compresses and writes them.
 */
import { GRAM, encodeShard, shardCount, shardOf, type DocFragment, type ListRef, type Table } from '../shared/index-format.ts';
import { CharCodes } from './char-codes.ts';
import { PairTable } from './pair-table.ts';
import { Entries, encodeDocLists, encodePositionLists, grown, type EncodedLists } from './postings.ts';
import type { DocInfo } from './meta-table.ts';
import type { PageText } from './html-text.ts';
import type { SearchRecord } from '../shared/search-record.ts';

/** One indexed page. */
export interface IndexInput {
  /** URL relative to the site base, e.g. `docs/abc/`. */
  url: string;
  text: PageText;
  record: SearchRecord;
}

/** One file of a segment: its name inside the segment's folder and its uncompressed bytes. */
export type IndexFile = [name: string, bytes: Uint8Array];

/** The shards of a segment: their number per table, and their bytes, the document-list shards first. */
export interface SegmentShards {
  counts: Record<Table, number>;
  shards: Uint8Array[];
}

/**
 * Uncompressed size of a pack file (a term's shard of every segment: what a term costs) per
 * document of the site, and the least it aims at: ~40 KB at 10,000 documents, 16 KB up to 4,000.
 */
export const PACK_BYTES_PER_DOC = 4;
export const MIN_PACK_BYTES = 16_000;

/**
 * Target uncompressed size of a shard of a segment of `segmentDocs` documents in a site of
 * `siteDocs`: its share of the pack size, rounded to a power of two so that it changes (and with
 * it every segment) only when the site grows or shrinks by about half.
 */
export function shardTarget(siteDocs: number, segmentDocs: number): number {
  const pack = Math.max(MIN_PACK_BYTES, PACK_BYTES_PER_DOC * siteDocs);
  const share = (pack * Math.min(segmentDocs, siteDocs)) / Math.max(siteDocs, 1);
  return 2 ** Math.round(Math.log2(Math.max(share, 1)));
}

/**
 * Lists larger than this get a file of their own, so a shard stays small. Every document list of a
 * 1,024-page segment fits (a term costs one request); long position lists of common terms do not.
 */
export const OWN_FILE_BYTES = 24_000;

export class SegmentBuilder {
  /** What the meta table needs of each document added, in order. */
  readonly docs: DocInfo[] = [];
  /** Target uncompressed size of a shard ({@link shardTarget}). */
  private readonly shardBytes: number;
  private readonly chars = new CharCodes();
  /** Ids of terms of 2 … GRAM code points (index n-2), as pairs (id of the first n-1, id of the last code point). */
  private readonly terms = Array.from({ length: GRAM - 1 }, () => new PairTable());
  /**
   * Per term length (index n-1): entries (term, occurrences·2 + inTitle) per document for terms
   * shorter than GRAM, (term, position) per occurrence for GRAM-long ones. A 1-code-point term's id is its code.
   */
  private readonly entries = Array.from({ length: GRAM }, () => new Entries());
  /** Per term shorter than GRAM, 2 numbers side by side: the document last counted, and its occurrences there. */
  private readonly counts = Array.from({ length: GRAM - 1 }, () => new Int32Array(0));
  private readonly titleLengths: number[] = [];
  // Per-document scratch: codes (0: block boundary), term ids per length (-1: the term would span blocks).
  private codes: Int32Array = new Int32Array(1 << 16);
  private readonly ids = Array.from({ length: GRAM - 1 }, () => new Int32Array(0));

  constructor(shardBytes: number) {
    this.shardBytes = shardBytes;
  }

  /** Adds the next document (numbered in the order added, from 0); returns its fragment file. */
  add(page: IndexInput): IndexFile {
    const doc = this.docs.length;
    const blocks = [...page.text.blocks];
    const titleAt = blocks.findIndex((b) => b.heading === 1);
    if (titleAt > 0) blocks.unshift(...blocks.splice(titleAt, 1));
    let n = 0;
    let titleLength = 0;
    blocks.forEach((block, i) => {
      [this.codes, n] = this.chars.encode(block.text, this.codes, n);
      if (i === 0 && titleAt >= 0) titleLength = n;
      this.codes = grown(this.codes, n + 1);
      this.codes[n++] = 0; // the block boundary takes one position
    });
    this.noteTerms(doc, n, titleLength);
    this.docs.push({ length: n, titleLength, record: page.record });
    this.titleLengths.push(titleLength);
    const fragment: DocFragment = {
      url: page.url,
      title: page.record.title,
      meta: page.record.meta,
      ...(page.record.onTopic === false ? { offTopic: true } : {}),
      blocks: blocks.map((b) => [b.text, b.anchor]),
      anchors: page.text.anchors,
    };
    return [`d${doc}.bin`, new TextEncoder().encode(JSON.stringify(fragment))];
  }

  /** Notes the terms of document `doc` (codes[0..n), title block first). */
  private noteTerms(doc: number, n: number, titleLength: number): void {
    let previous = this.codes;
    for (let k = 0; k < GRAM - 1; k++) {
      this.ids[k] = grown(this.ids[k], n);
      extendIds(this.terms[k], previous, this.codes, this.ids[k], n, k + 1);
      previous = this.ids[k];
    }
    for (let k = 0; k < GRAM - 1; k++) {
      const terms = k === 0 ? this.chars.codePoints.length : this.terms[k - 1].count;
      if (this.counts[k].length < terms * 2) {
        const from = this.counts[k].length;
        this.counts[k] = grown(this.counts[k], terms * 2);
        this.counts[k].fill(-1, from);
      }
      this.entries[k].reserve(n);
      countTerms(this.entries[k], this.counts[k], k === 0 ? this.codes : this.ids[k - 1], k === 0 ? 1 : 0, n, doc, titleLength);
      this.entries[k].endDocument();
    }
    const last = this.entries[GRAM - 1];
    last.reserve(n);
    notePositions(last, this.ids[GRAM - 2], n);
    last.endDocument();
  }

  /** Number of terms of `length` code points (ids 0 … count-1; for length 1, id 0 is the block boundary). */
  private termCount(length: number): number {
    return length === 1 ? this.chars.codePoints.length : this.terms[length - 2].count;
  }

  /** The term with id `id` among terms of `length` code points. */
  private key(length: number, id: number): string {
    if (length === 1) return String.fromCodePoint(this.chars.codePoints[id]);
    const table = this.terms[length - 2];
    return this.key(length - 1, table.first[id]) + String.fromCodePoint(this.chars.codePoints[table.second[id]]);
  }

  /** Yields the lists too large for a shard (files of their own), then returns the shards. */
  *finish(): Generator<IndexFile, SegmentShards> {
    const lists: EncodedLists[] = [];
    for (let k = 0; k < GRAM - 1; k++) lists.push(encodeDocLists(this.entries[k], this.termCount(k + 1)));
    const longest = encodePositionLists(this.entries[GRAM - 1], this.termCount(GRAM), this.titleLengths);
    lists.push(longest.lists);
    const shardCounts: Record<Table, number> = { l: 1, p: 1 };
    const encoded: Uint8Array[] = [];
    let files = 0;
    for (const table of ['l', 'p'] as const) {
      // The table's terms as (length, id) with their lists.
      const tables: [length: number, lists: EncodedLists][] =
        table === 'l' ? lists.map((l, k) => [k + 1, l]) : [[GRAM, longest.positions]];
      const items: [length: number, id: number, list: Uint8Array][] = [];
      let total = 0;
      for (const [length, { bytes, start }] of tables) {
        for (let id = 0; id < this.termCount(length); id++) {
          if (start[id] === start[id + 1]) continue;
          const list = bytes.subarray(start[id], start[id + 1]);
          total += 4 * length + 4 + (list.length > OWN_FILE_BYTES ? 0 : list.length);
          items.push([length, id, list]);
        }
      }
      const shards = shardCount(total, this.shardBytes);
      shardCounts[table] = shards;
      const buckets: [key: string, list: Uint8Array][][] = Array.from({ length: shards }, () => []);
      for (const [length, id, list] of items) {
        const key = this.key(length, id);
        buckets[shardOf(key, shards)].push([key, list]);
      }
      for (const [s, bucket] of buckets.entries()) {
        const entries: [string, ListRef][] = [];
        for (const [key, list] of bucket) {
          if (list.length <= OWN_FILE_BYTES) {
            entries.push([key, list]);
          } else {
            yield [`x${files}.bin`, list];
            entries.push([key, files++]);
          }
        }
        encoded.push(encodeShard(entries));
      }
    }
    return { counts: shardCounts, shards: encoded };
  }
}

/**
 * Ids of the terms one code point longer than those in `previous` (the codes themselves when
 * `length` is 1), starting at each position; -1 where the term would span a block boundary.
 */
function extendIds(table: PairTable, previous: Int32Array, codes: Int32Array, ids: Int32Array, n: number, length: number): void {
  const valid = length === 1 ? 1 : 0;
  for (let i = 0; i < n; i++) {
    const prev = previous[i];
    const code = i + length < n ? codes[i + length] : 0;
    ids[i] = prev >= valid && code > 0 ? table.id(prev, code) : -1;
  }
}

/**
 * Adds an entry (term, occurrences·2 + inTitle) for each term of document `doc` (ids ≥ `valid`
 * at positions 0 … n-1), in order of first occurrence; `counts` holds per term the document
 * last counted and the occurrences there.
 */
function countTerms(entries: Entries, counts: Int32Array, ids: Int32Array, valid: number, n: number, doc: number, titleLength: number): void {
  const { ids: terms, values } = entries;
  const first = entries.length;
  let e = first;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (id < valid) continue;
    if (counts[id * 2] !== doc) {
      counts[id * 2] = doc;
      counts[id * 2 + 1] = 1;
      terms[e] = id;
      values[e++] = i < titleLength ? 1 : 0;
    } else {
      counts[id * 2 + 1]++;
    }
  }
  for (let j = first; j < e; j++) values[j] += counts[terms[j] * 2 + 1] * 2;
  entries.length = e;
}

/** Adds an entry (term, position) for every occurrence of a term (ids ≥ 0 at positions 0 … n-1). */
function notePositions(entries: Entries, ids: Int32Array, n: number): void {
  const { ids: terms, values } = entries;
  let e = entries.length;
  for (let i = 0; i < n; i++) {
    if (ids[i] < 0) continue;
    terms[e] = ids[i];
    values[e++] = i;
  }
  entries.length = e;
}
