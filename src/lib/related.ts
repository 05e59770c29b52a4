/** Related documents: those sharing topics with a document, same level first. */
import { LEVELS, type DocumentLevel } from '../schemas/document.ts';
import { topicLevelKey, type TopicIndex } from './topic-index.ts';
import type { DocRecord } from './types.ts';

/** Distance in years; unknown years are farthest. */
function yearDistance(a: number | null, b: number | null): number {
  return a === null || b === null ? Number.MAX_SAFE_INTEGER : Math.abs(a - b);
}

/**
 * The (at most) `count` documents of `list` (sorted by year ascending, unknown years first)
 * closest in year to `year`; with an unknown year, the newest. Binary search plus a walk outwards.
 */
export function nearestInYear(list: readonly DocRecord[], year: number | null, count: number): DocRecord[] {
  if (list.length <= count) return [...list];
  if (year === null) return list.slice(-count);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid].data.year ?? -Infinity) < year) lo = mid + 1;
    else hi = mid;
  }
  const out: DocRecord[] = [];
  let left = lo - 1;
  let right = lo;
  while (out.length < count) {
    const dl = left >= 0 ? yearDistance(list[left].data.year, year) : Infinity;
    const dr = right < list.length ? yearDistance(list[right].data.year, year) : Infinity;
    out.push(dl <= dr ? list[left--] : list[right++]);
  }
  return out;
}

/**
 * Up to `limit` listed documents sharing at least one topic with `doc`, ordered by: same level,
 * number of shared topics, same primary topic, closeness in years, id. Off-topic documents are
 * only related to off-topic documents. Candidates are the `window` documents closest in year per
 * topic and level, so the cost per document is bounded (topics × levels × window) however large
 * the corpus grows; below `window` documents per topic and level the ranking is exact.
 */
export function relatedDocuments(doc: DocRecord, index: TopicIndex, limit = 6, window = 60): DocRecord[] {
  const { level, topics, year, onTopic } = doc.data;
  const shared = new Map<string, { doc: DocRecord; shared: number }>();
  const collect = (candidateLevel: DocumentLevel) => {
    for (const slug of topics) {
      const list = index.byTopicLevel.get(topicLevelKey(slug, candidateLevel));
      if (!list) continue;
      for (const other of nearestInYear(list, year, window)) {
        if (other.id === doc.id || other.data.onTopic !== onTopic) continue;
        const entry = shared.get(other.id);
        if (entry) entry.shared++;
        else shared.set(other.id, { doc: other, shared: 1 });
      }
    }
  };
  // Same-level documents rank first, and a document is only in the lists of its own level: with
  // `limit` of them, the other levels cannot make the cut.
  collect(level);
  if (shared.size < limit) for (const other of LEVELS) if (other !== level) collect(other);
  type Candidate = { doc: DocRecord; shared: number };
  const compare = (a: Candidate, b: Candidate) =>
    Number(b.doc.data.level === level) - Number(a.doc.data.level === level) ||
    b.shared - a.shared ||
    Number(b.doc.data.topics[0] === topics[0]) - Number(a.doc.data.topics[0] === topics[0]) ||
    yearDistance(a.doc.data.year, year) - yearDistance(b.doc.data.year, year) ||
    (a.doc.id < b.doc.id ? -1 : 1);
  return smallest(shared.values(), limit, compare).map((c) => c.doc);
}

/** The `count` smallest items in `compare` order, sorted (a bounded insertion sort: one pass over many candidates). */
function smallest<T>(items: Iterable<T>, count: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (count <= 0) return best;
  for (const item of items) {
    if (best.length === count && compare(item, best[count - 1]!) >= 0) continue;
    let i = Math.min(best.length, count - 1);
    while (i > 0 && compare(item, best[i - 1]!) < 0) i--;
    best.splice(i, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}
