/**
 * Exact matching of one normalized term against the index: a term of up to {@link GRAM} code
 * points by its own document list; a longer term by the position lists of the GRAM-long pieces
 * at offsets 0, GRAM, 2·GRAM, … and the last (together they cover every character), keeping the
 * starts where every piece occurs at its offset, so the whole term is there, contiguous, within
 * one block. The result is exactly the documents containing the term.
 */
import { GRAM, type Posting, type PositionPosting, type Table } from '../shared/index-format.ts';

/** How a term occurs in one document. */
export interface TermHit {
  count: number;
  inTitle: boolean;
}

/** Offsets of the pieces checked for a term of `length` > GRAM code points. */
export function coverOffsets(length: number): number[] {
  const offsets: number[] = [];
  for (let i = 0; i + GRAM < length; i += GRAM) offsets.push(i);
  offsets.push(length - GRAM);
  return offsets;
}

/** The table and keys whose lists {@link matchTerm} needs for `term`. */
export function keysFor(term: string): { table: Table; keys: string[] } {
  const cps = [...term];
  if (cps.length <= GRAM) return { table: 'l', keys: [term] };
  return { table: 'p', keys: coverOffsets(cps.length).map((i) => cps.slice(i, i + GRAM).join('')) };
}

/** True when the sorted `list` contains `value`. */
function sortedHas(list: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === value) return true;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The documents of a term of up to GRAM code points, from its document list. */
export function matchList(list: readonly Posting[] | undefined): Map<number, TermHit> {
  return new Map((list ?? []).map((p) => [p.doc, { count: p.count, inTitle: p.inTitle }]));
}

/**
 * The documents containing a term longer than GRAM, from the position lists of its pieces
 * (`lists[k]` for the piece at `coverOffsets(length)[k]`, undefined when no document has it);
 * `titleLength` gives a document's title positions.
 */
export function matchPositions(
  length: number,
  lists: readonly (readonly PositionPosting[] | undefined)[],
  titleLength: (doc: number) => number,
): Map<number, TermHit> {
  const hits = new Map<number, TermHit>();
  if (lists.some((l) => !l)) return hits;
  const offsets = coverOffsets(length);
  const [first, ...others] = lists as readonly (readonly PositionPosting[])[];
  const byDoc = others.map((l) => new Map(l.map((p) => [p.doc, p.positions])));
  for (const { doc, positions } of first) {
    const pieces = byDoc.map((m) => m.get(doc));
    if (pieces.some((p) => !p)) continue;
    let count = 0;
    let inTitle = false;
    for (const start of positions) {
      if (pieces.every((p, k) => sortedHas(p!, start + offsets[k + 1]))) {
        count++;
        // A match cannot span blocks, so one that starts in the title block lies in it.
        if (start < titleLength(doc)) inTitle = true;
      }
    }
    if (count > 0) hits.set(doc, { count, inTitle });
  }
  return hits;
}
