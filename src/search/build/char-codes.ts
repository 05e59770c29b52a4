/**
 * Numbers the code points of normalized text (normalize.ts) densely, 1, 2, 3, … in order of first
 * sight (0 is kept for block boundaries), normalizing each source code point once per build.
 */
import { normalizeChar } from '../shared/normalize.ts';
import { grown } from './postings.ts';

/** Most code points one code point can normalize to (NFKC of U+FDFA). */
const MAX_EXPANSION = 18;

export class CharCodes {
  /** Code point of each id (index 0: the block boundary). */
  readonly codePoints: number[] = [0];
  private readonly ids = new Map<number, number>();
  /** Per source code point: the ids it normalizes to. */
  private readonly normalized = new Map<number, readonly number[]>();
  /** Fast path for the basic plane (not surrogates): id + 1 of a code point that normalizes to one code point; 0 otherwise. */
  private readonly single = new Int32Array(0x10000);

  /**
   * Writes the ids of normalized `text` into `out` from `at`; returns the array (grown when
   * needed) and the index after the last id.
   */
  encode(text: string, out: Int32Array, at: number): [Int32Array, number] {
    out = grown(out, at + text.length * MAX_EXPANSION);
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      const fast = this.single[cp];
      if (fast !== 0) {
        out[at++] = fast - 1;
        continue;
      }
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low < 0xe000) {
          cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      for (const id of this.normalize(cp)) out[at++] = id;
    }
    return [out, at];
  }

  private normalize(cp: number): readonly number[] {
    let ids = this.normalized.get(cp);
    if (!ids) {
      ids = [...normalizeChar(String.fromCodePoint(cp))].map((ch) => this.id(ch.codePointAt(0)!));
      this.normalized.set(cp, ids);
      if (ids.length === 1 && (cp < 0xd800 || (cp >= 0xe000 && cp < 0x10000))) this.single[cp] = ids[0] + 1;
    }
    return ids;
  }

  private id(cp: number): number {
    let id = this.ids.get(cp);
    if (id === undefined) {
      id = this.codePoints.push(cp) - 1;
      this.ids.set(cp, id);
    }
    return id;
  }
}
