/**
 * Related results: documents that contain all or some of the words of a query without
 * containing the query itself, for when exact matches are few or none. The query's terms are cut
 * into words by the browser's own segmenter (Intl.Segmenter, 'zh', word granularity); each word,
 * and each pair of neighbouring segments (e.g. 主席 + 团 → 主席团), is matched exactly with the
 * same index as the exact results, so "which words matched" is certain. Documents with all words
 * rank before those with some, and among those, ones where neighbouring words also occur
 * together (nearer) before ones where they are scattered.
 */
import type { IndexMeta } from '../shared/index-format.ts';
import type { TermHit } from './match.ts';
import { relevance, selected, type Selection } from './rank.ts';
import { MAX_TERMS } from './query.ts';

/** Related results shown at most (with the exact ones, a first screen of ten or more). */
export const RELATED_LIMIT = 10;

/** What to look up for the related results of a query. */
export interface RelatedPlan {
  /** Words that count as matched (no single Han characters when there are longer words). */
  words: string[];
  /** Neighbouring segments joined: their occurrence means the words stand together. */
  pairs: string[];
}

let segmenter: Intl.Segmenter | null | undefined;

/** The segments of `term`: from Intl.Segmenter, or, in a browser without it, runs of Han characters and of other characters. */
export function segment(term: string): string[] {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (segmenter) return [...segmenter.segment(term)].filter((s) => s.isWordLike).map((s) => s.segment);
  return term.match(/\p{Script=Han}+|[^\p{Script=Han}\p{P}\s]+/gu) ?? [];
}

const SINGLE_HAN = /^\p{Script=Han}$/u;

/** The words and neighbour pairs of normalized `terms` (see {@link RelatedPlan}). */
export function relatedPlan(terms: readonly string[]): RelatedPlan {
  const segmented = terms.map(segment);
  const all = segmented.flat();
  const multi = all.some((w) => !SINGLE_HAN.test(w));
  const words = [...new Set(all.filter((w) => !multi || !SINGLE_HAN.test(w)))].slice(0, MAX_TERMS);
  const pairs = new Set<string>();
  for (const parts of segmented) for (let i = 0; i + 1 < parts.length; i++) pairs.add(parts[i] + parts[i + 1]);
  for (const w of words) pairs.delete(w);
  return { words, pairs: [...pairs].filter((p) => !terms.includes(p)).slice(0, MAX_TERMS) };
}

/** Whether related results can add anything to the exact ones: there are words other than the query itself. */
export function relatedPossible(terms: readonly string[], plan: RelatedPlan): boolean {
  return plan.words.length > 0 && !(plan.words.length === terms.length && plan.words.every((w) => terms.includes(w)));
}

/** One related result: the document and the words it contains, in query order. */
export interface RelatedDoc {
  doc: number;
  matched: string[];
}

/**
 * The related results: documents (not in `exclude`, matching `selection`) with at least the
 * fewest words that make a document related (one of up to three words, two of more), ranked
 * as the module comment says, then by relevance; at most `limit`.
 */
export function rankRelated(
  meta: IndexMeta,
  plan: RelatedPlan,
  wordHits: readonly Map<number, TermHit>[],
  pairHits: readonly Map<number, TermHit>[],
  exclude: ReadonlySet<number>,
  selection: Selection,
  limit = RELATED_LIMIT,
): RelatedDoc[] {
  const need = plan.words.length > 3 ? 2 : 1;
  const found = new Map<number, number>();
  for (const hits of wordHits) for (const doc of hits.keys()) found.set(doc, (found.get(doc) ?? 0) + 1);
  const keyed: { doc: number; words: number; near: number; title: number; weight: number; year: number }[] = [];
  for (const [doc, words] of found) {
    if (words < need || exclude.has(doc) || !selected(meta, doc, selection)) continue;
    const near = pairHits.reduce((n, hits) => n + (hits.has(doc) ? 1 : 0), 0);
    const [title, weight] = relevance(meta, doc, wordHits);
    keyed.push({ doc, words, near, title, weight, year: meta.year[doc] });
  }
  keyed.sort((a, b) => b.words - a.words || b.near - a.near || b.title - a.title || b.weight - a.weight || b.year - a.year || a.doc - b.doc);
  return keyed.slice(0, limit).map(({ doc }) => ({ doc, matched: plan.words.filter((_, k) => wordHits[k].has(doc)) }));
}

/**
 * Shorter parts of a one-term query to suggest when it matches nothing: runs of neighbouring
 * segments, longest first (乡镇人大主席团的职责 → 乡镇人大主席团的, 人大主席团的职责, …), at most `max`.
 */
export function shorterParts(terms: readonly string[], max = 12): string[] {
  if (terms.length !== 1) return [];
  const parts = segment(terms[0]);
  const out: string[] = [];
  for (let k = parts.length - 1; k >= 1 && out.length < max; k--) {
    for (let i = 0; i + k <= parts.length && out.length < max; i++) {
      const phrase = parts.slice(i, i + k).join('');
      if (!(k === 1 && SINGLE_HAN.test(phrase)) && !out.includes(phrase)) out.push(phrase);
    }
  }
  return out;
}
