/**
 * Interns pairs of non-negative integers as dense ids 0, 1, 2, … in order of first sight: an
 * open-addressing hash table over typed arrays (the index builder numbers every term of n code
 * points as the pair (its first n-1 code points' id, its last code point's id)).
 */
import { grown } from './postings.ts';

export class PairTable {
  /** Number of pairs interned. */
  count = 0;
  /** First and second element of the pair with each id. */
  first: Int32Array = new Int32Array(1024);
  second: Int32Array = new Int32Array(1024);
  /** Slots of 4 numbers: first, second, id + 1 (0: empty slot), unused; one cache line holds 4 slots. */
  private slots: Int32Array = new Int32Array(4096 * 4);

  /** The id of the pair (a, b), interning it when new. */
  id(a: number, b: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let s = hash(a, b) & mask;
    for (;;) {
      const at = s << 2;
      const entry = slots[at + 2];
      if (entry === 0) break;
      if (slots[at] === a && slots[at + 1] === b) return entry - 1;
      s = (s + 1) & mask;
    }
    return this.add(a, b, s);
  }

  private add(a: number, b: number, slot: number): number {
    const id = this.count++;
    this.first = grown(this.first, this.count);
    this.second = grown(this.second, this.count);
    this.first[id] = a;
    this.second[id] = b;
    if (this.count * 2 > this.slots.length >> 2) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let i = 0; i < this.count; i++) this.place(i);
    } else {
      this.slots[(slot << 2) + 0] = a;
      this.slots[(slot << 2) + 1] = b;
      this.slots[(slot << 2) + 2] = id + 1;
    }
    return id;
  }

  private place(id: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let s = hash(this.first[id], this.second[id]) & mask;
    while (slots[(s << 2) + 2] !== 0) s = (s + 1) & mask;
    slots[s << 2] = this.first[id];
    slots[(s << 2) + 1] = this.second[id];
    slots[(s << 2) + 2] = id + 1;
  }
}

function hash(a: number, b: number): number {
  const h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca77);
  return h ^ (h >>> 16);
}
