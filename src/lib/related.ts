/** Related documents: those sharing topics with a document, same level first. */
import { LEVELS, type DocumentLevel } from '../schemas/document.ts';
import { timeYear } from './doc-time.ts';
import { topicLevelKey, type TopicIndex } from './topic-index.ts';
import type { DocRecord } from './types.ts';

/** Distance in years; unknown years are farthest. */
function yearDistance(a: number | null, b: number | null): number {
  return a === null || b === null ? Number.MAX_SAFE_INTEGER : Math.abs(a - b);
}

/**
 * The (at most) `count` documents of `list` (sorted by best-supported time ascending, timeYear; undated first)
 * closest in year to `year`; with an unknown year, the newest. Binary search plus a walk outwards.
 */
export function nearestInYear(list: readonly DocRecord[], year: number | null, count: number): DocRecord[] {
  if (list.length <= count) return [...list];
  if (year === null) return list.slice(-count);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((timeYear(list[mid].data) ?? -Infinity) < year) lo = mid + 1;
    else hi = mid;
  }
  const out: DocRecord[] = [];
  let left = lo - 1;
  let right = lo;
  while (out.length < count) {
    const dl = left >= 0 ? yearDistance(timeYear(list[left].data), year) : Infinity;
    const dr = right < list.length ? yearDistance(timeYear(list[right].data), year) : Infinity;
    out.push(dl <= dr ? list[left--] : list[right++]);
  }
  return out;
}

/**
 * The documents of a topic index numbered 0…n-1, with the fields the ranking reads in flat arrays,
 * and the year windows of its lists as arrays of numbers: ranking then counts shared topics in a
 * typed array instead of a Map of objects. Built once per index.
 */
interface Numbered {
  docs: DocRecord[];
  numbers: Map<string, number>;
  level: DocumentLevel[];
  primary: string[];
  year: (number | null)[];
  onTopic: boolean[];
  /** Position of each id in id order (the last tie-break). */
  idRank: Int32Array;
  /** Shared-topic count per document, all zero between calls. */
  shared: Int32Array;
  /** Windows per list and `year|count`. */
  windows: Map<readonly DocRecord[], Map<string, Int32Array>>;
}

const numbered = new WeakMap<TopicIndex, Numbered>();

function numberIndex(index: TopicIndex): Numbered {
  let state = numbered.get(index);
  if (state) return state;
  const numbers = new Map<string, number>();
  const docs: DocRecord[] = [];
  for (const list of index.byTopicLevel.values()) {
    for (const doc of list) if (!numbers.has(doc.id)) numbers.set(doc.id, docs.push(doc) - 1);
  }
  const idRank = new Int32Array(docs.length);
  docs
    .map((doc, i) => [doc.id, i] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .forEach(([, i], rank) => (idRank[i] = rank));
  state = {
    docs,
    numbers,
    level: docs.map((d) => d.data.level),
    primary: docs.map((d) => d.data.topics[0]),
    year: docs.map((d) => timeYear(d.data)),
    onTopic: docs.map((d) => d.data.onTopic),
    idRank,
    shared: new Int32Array(docs.length),
    windows: new Map(),
  };
  numbered.set(index, state);
  return state;
}

/** nearestInYear as document numbers, remembered per list, year and count (documents of one year share it). */
function windowOf(state: Numbered, list: readonly DocRecord[], year: number | null, count: number): Int32Array {
  let byYear = state.windows.get(list);
  if (!byYear) state.windows.set(list, (byYear = new Map()));
  const key = `${year}|${count}`;
  let out = byYear.get(key);
  if (!out) byYear.set(key, (out = Int32Array.from(nearestInYear(list, year, count), (d) => state.numbers.get(d.id)!)));
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
  const state = numberIndex(index);
  const { level, topics, onTopic } = doc.data;
  const year = timeYear(doc.data);
  const self = state.numbers.get(doc.id) ?? -1;
  const { shared } = state;
  const touched: number[] = [];
  const collect = (candidateLevel: DocumentLevel) => {
    for (const slug of topics) {
      const list = index.byTopicLevel.get(topicLevelKey(slug, candidateLevel));
      if (!list) continue;
      for (const other of windowOf(state, list, year, window)) {
        if (other === self || state.onTopic[other] !== onTopic) continue;
        if (shared[other]++ === 0) touched.push(other);
      }
    }
  };
  // Same-level documents rank first, and a document is only in the lists of its own level: with
  // `limit` of them, the other levels cannot make the cut.
  collect(level);
  if (touched.length < limit) for (const other of LEVELS) if (other !== level) collect(other);
  const distance = (i: number) => yearDistance(state.year[i], year);
  const compare = (a: number, b: number) =>
    Number(state.level[b] === level) - Number(state.level[a] === level) ||
    shared[b] - shared[a] ||
    Number(state.primary[b] === topics[0]) - Number(state.primary[a] === topics[0]) ||
    distance(a) - distance(b) ||
    state.idRank[a] - state.idRank[b];
  const best = smallest(touched, limit, compare);
  for (const i of touched) shared[i] = 0;
  return best.map((i) => state.docs[i]);
}

/** The `count` smallest items in `compare` order, sorted (a bounded insertion sort: one pass over many candidates). */
function smallest<T>(items: Iterable<T>, count: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (count <= 0) return best;
  for (const item of items) {
    if (best.length === count && compare(item, best[count - 1]) >= 0) continue;
    // Shift the worse entries right, dropping the last when full.
    let i = best.length < count ? best.length : count - 1;
    while (i > 0 && compare(item, best[i - 1]) < 0) {
      best[i] = best[i - 1];
      i--;
    }
    best[i] = item;
  }
  return best;
}
