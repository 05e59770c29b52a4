/**
 * The lists of one index segment, built in two passes: while documents are read, entries (term
 * id, number) are appended in document order to flat typed arrays; at the end they are grouped
 * by term with a counting sort (document order is kept within a term) and encoded as the
 * document and position lists of index-format.ts, all terms of a length in one byte array.
 */

/** A typed array of at least `size` elements holding `array`'s elements. */
export function grown<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Entries (term id, value) in the order added, with the end of each document's entries. */
export class Entries {
  ids: Int32Array = new Int32Array(1 << 16);
  values: Int32Array = new Int32Array(1 << 16);
  length = 0;
  /** Entries before the end of each document. */
  docEnds: number[] = [];

  /** Makes room for `n` more entries. */
  reserve(n: number): void {
    this.ids = grown(this.ids, this.length + n);
    this.values = grown(this.values, this.length + n);
  }

  /** Closes the current document's entries. */
  endDocument(): void {
    this.docEnds.push(this.length);
  }
}

/** Entries grouped by term: term t's are at `start[t]` … `start[t+1]-1`, with their documents. */
interface Grouped {
  start: Int32Array;
  docs: Int32Array;
  values: Int32Array;
}

/** Groups `entries` by term (ids 0 … terms-1) with a stable counting sort. */
function group(entries: Entries, terms: number): Grouped {
  const { ids, values, length, docEnds } = entries;
  const start = new Int32Array(terms + 1);
  for (let e = 0; e < length; e++) start[ids[e] + 1]++;
  for (let t = 0; t < terms; t++) start[t + 1] += start[t];
  const next = start.slice(0, terms);
  const docs = new Int32Array(length);
  const sorted = new Int32Array(length);
  let e = 0;
  for (let doc = 0; doc < docEnds.length; doc++) {
    for (const end = docEnds[doc]; e < end; e++) {
      const at = next[ids[e]]++;
      docs[at] = doc;
      sorted[at] = values[e];
    }
  }
  return { start, docs, values: sorted };
}

/** The encoded list of every term of one length: term t's bytes are `bytes[start[t]]` … `bytes[start[t+1]-1]`. */
export interface EncodedLists {
  bytes: Uint8Array;
  start: Int32Array;
}

/** Writes `n` (0 ≤ n < 2^32) as a varint at `at`; returns the index after it. */
function varint(bytes: Uint8Array, at: number, n: number): number {
  while (n >= 0x80) {
    bytes[at++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  bytes[at] = n;
  return at + 1;
}

/** Varint bytes of at most this many per number. */
const MAX_VARINT = 5;

/**
 * The document lists of terms 0 … terms-1 from entries (term, occurrences·2 + inTitle), one per
 * document a term occurs in: document count, then per document its gap and the value.
 */
export function encodeDocLists(entries: Entries, terms: number): EncodedLists {
  const { start, docs, values } = group(entries, terms);
  let bytes = new Uint8Array(entries.length * 3 + terms * 2);
  const starts = new Int32Array(terms + 1);
  let at = 0;
  for (let t = 0; t < terms; t++) {
    starts[t] = at;
    const from = start[t];
    const to = start[t + 1];
    if (from === to) continue;
    bytes = grown(bytes, at + MAX_VARINT * (1 + 2 * (to - from)));
    at = varint(bytes, at, to - from);
    let previous = -1;
    for (let e = from; e < to; e++) {
      at = varint(bytes, at, docs[e] - previous - 1);
      previous = docs[e];
      at = varint(bytes, at, values[e]);
    }
  }
  starts[terms] = at;
  return { bytes: bytes.subarray(0, at), start: starts };
}

/**
 * The document lists and the position lists of terms 0 … terms-1 from entries (term, position),
 * one per occurrence, positions ascending within a document; `titleLength[doc]` tells which
 * positions are in the title. Position list: document count, then per document its gap, the
 * position count and the position gaps (the first from 0).
 */
export function encodePositionLists(entries: Entries, terms: number, titleLength: readonly number[]): { lists: EncodedLists; positions: EncodedLists } {
  const { start, docs, values } = group(entries, terms);
  let lists = new Uint8Array(entries.length + terms * 2);
  let positions = new Uint8Array(entries.length * 2 + terms * 2);
  const listStarts = new Int32Array(terms + 1);
  const positionStarts = new Int32Array(terms + 1);
  let l = 0;
  let p = 0;
  for (let t = 0; t < terms; t++) {
    listStarts[t] = l;
    positionStarts[t] = p;
    const from = start[t];
    const to = start[t + 1];
    if (from === to) continue;
    let documents = 1;
    for (let e = from + 1; e < to; e++) if (docs[e] !== docs[e - 1]) documents++;
    lists = grown(lists, l + MAX_VARINT * (1 + 2 * documents));
    positions = grown(positions, p + MAX_VARINT * (1 + 2 * documents + (to - from)));
    l = varint(lists, l, documents);
    p = varint(positions, p, documents);
    let previousDoc = -1;
    let e = from;
    while (e < to) {
      const doc = docs[e];
      let end = e + 1;
      while (end < to && docs[end] === doc) end++;
      l = varint(lists, l, doc - previousDoc - 1);
      l = varint(lists, l, (end - e) * 2 + (values[e] < titleLength[doc] ? 1 : 0));
      p = varint(positions, p, doc - previousDoc - 1);
      p = varint(positions, p, end - e);
      let previous = 0;
      for (; e < end; e++) {
        p = varint(positions, p, values[e] - previous);
        previous = values[e];
      }
      previousDoc = doc;
    }
  }
  listStarts[terms] = l;
  positionStarts[terms] = p;
  return { lists: { bytes: lists.subarray(0, l), start: listStarts }, positions: { bytes: positions.subarray(0, p), start: positionStarts } };
}
