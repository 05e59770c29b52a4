/**
 * Exact matching of one normalized term against the postings: a single character by its document
 * list; a longer term by intersecting the documents of a set of its bigrams that covers every
 * character, then verifying that those bigrams occur at consecutive offsets (so the whole term is
 * there, contiguous, within one block). The result is exactly the documents containing the term.
 */
import type { Posting } from './index-format.ts';

/** How a term occurs in one document. */
export interface TermHit {
  count: number;
  inTitle: boolean;
}

/** Offsets of the bigrams checked for a term of `length` ≥ 2 code points: 0, 2, 4, … and the last. */
export function coverOffsets(length: number): number[] {
  const offsets: number[] = [];
  for (let i = 0; i + 1 < length; i += 2) offsets.push(i);
  if (offsets[offsets.length - 1] !== length - 2) offsets.push(length - 2);
  return offsets;
}

/** The index keys (characters or bigrams) whose postings {@link matchTerm} needs. */
export function keysFor(term: string): string[] {
  const cps = [...term];
  if (cps.length === 1) return [term];
  return coverOffsets(cps.length).map((i) => cps[i] + cps[i + 1]);
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

/**
 * The documents containing `term`, with occurrence counts. `lookup` returns the postings of a key
 * (undefined when no document has it); `titleLength` gives a document's title positions.
 */
export function matchTerm(
  term: string,
  lookup: (key: string) => readonly Posting[] | undefined,
  titleLength: (doc: number) => number,
): Map<number, TermHit> {
  const hits = new Map<number, TermHit>();
  const cps = [...term];
  if (cps.length === 0) return hits;
  if (cps.length === 1) {
    for (const p of lookup(term) ?? []) hits.set(p.doc, { count: p.count, inTitle: p.inTitle });
    return hits;
  }
  if (cps.length === 2) {
    for (const p of lookup(term) ?? []) {
      const first = p.positions?.[0] ?? Infinity;
      hits.set(p.doc, { count: p.count, inTitle: first + 2 <= titleLength(p.doc) });
    }
    return hits;
  }
  const offsets = coverOffsets(cps.length);
  const lists = offsets.map((i) => lookup(cps[i] + cps[i + 1]) ?? []);
  // Intersect the document lists, smallest first.
  const order = lists.map((_, k) => k).sort((a, b) => lists[a].length - lists[b].length);
  let candidates = new Map<number, Posting[]>(lists[order[0]].map((p) => [p.doc, []]));
  for (const k of order.slice(1)) {
    const next = new Map<number, Posting[]>();
    for (const p of lists[k]) if (candidates.has(p.doc)) next.set(p.doc, []);
    candidates = next;
  }
  if (candidates.size === 0) return hits;
  for (const list of lists) for (const p of list) candidates.get(p.doc)?.push(p);
  for (const [doc, postings] of candidates) {
    const anchor = postings[0].positions ?? [];
    let count = 0;
    let inTitle = false;
    const titleEnd = titleLength(doc);
    for (const start of anchor) {
      let ok = true;
      for (let k = 1; k < offsets.length && ok; k++) {
        ok = sortedHas(postings[k].positions ?? [], start + offsets[k]);
      }
      if (ok) {
        count++;
        if (start + cps.length <= titleEnd) inTitle = true;
      }
    }
    if (count > 0) hits.set(doc, { count, inTitle });
  }
  return hits;
}
