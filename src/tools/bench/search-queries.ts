/**
 * Generates the search benchmark's query set mechanically from the corpus text with a seeded
 * random generator, in fixed categories, so figures are not tuned to hand-picked queries.
 */
import { seededRandom } from '../seeded-random.ts';

/** Query categories of the benchmark (issue 4). */
export const CATEGORIES = [
  'two-char',
  'term-3-4',
  'long-phrase',
  'place',
  'number-year',
  'mixed-latin',
  'single-char',
  'multi-term',
  'natural-phrase',
  'no-match',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface BenchQuery {
  category: Category;
  /** The query as typed. */
  q: string;
}

/** Queries per category (total ≥ 100). */
export const PER_CATEGORY: Record<Category, number> = {
  'two-char': 20,
  'term-3-4': 16,
  'long-phrase': 14,
  place: 10,
  'number-year': 10,
  'mixed-latin': 8,
  'single-char': 10,
  'multi-term': 12,
  'natural-phrase': 10,
  'no-match': 8,
};

const HAN = /\p{Script=Han}/u;
const NUMBER = /\d{4}年|\d+(?:\.\d+)?(?:%|％|万|亿|个|名|次|件|项|人|条|届)/gu;
const MIXED = /[A-Za-z]+[\p{Script=Han}]{1,3}|[\p{Script=Han}]{1,3}[A-Za-z]+/gu;

/** Half-width digits and Latin letters to full width (to exercise width folding). */
export function toFullWidth(s: string): string {
  return s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/**
 * Builds the query set from the documents' text lines. `seed` fixes the choice; `contains`
 * tells whether any document contains a query (used to make no-match queries truly unmatched);
 * `placeNames` is a gazetteer: names found in the text are preferred, the rest fill up (users
 * also search for places the corpus lacks).
 */
export function generateQueries(
  docs: readonly string[][],
  seed: number,
  contains: (q: string) => boolean,
  placeNames: readonly string[],
): BenchQuery[] {
  const { next: random, pick } = seededRandom(seed);
  const lines = docs.flat().filter((l) => l.length >= 4);
  const hanRuns = lines.flatMap((l) => l.match(/\p{Script=Han}{2,}/gu) ?? []);
  const all = (re: RegExp) => [...new Set(lines.flatMap((l) => l.match(re) ?? []))].sort();
  const sample = docs.slice(0, 200).flat().join('\n');
  const found = placeNames.filter((name) => sample.includes(name));
  const places = found.length >= PER_CATEGORY.place ? found : [...found, ...placeNames];
  const numbers = all(NUMBER);
  const mixed = all(MIXED);
  const queries: BenchQuery[] = [];
  const seen = new Set<string>();
  const push = (category: Category, q: string) => {
    if (!q || seen.has(q)) return false;
    seen.add(q);
    queries.push({ category, q });
    return true;
  };
  const substring = (min: number, max: number) => {
    const runs = hanRuns.filter((r) => r.length >= min);
    const run = pick(runs);
    const length = Math.min(run.length, min + Math.floor(random() * (max - min + 1)));
    const start = Math.floor(random() * (run.length - length + 1));
    return run.slice(start, start + length);
  };
  const fill = (category: Category, make: () => string | undefined) => {
    for (let tries = 0, n = 0; n < PER_CATEGORY[category] && tries < 500; tries++) {
      const q = make();
      if (q && push(category, q)) n++;
    }
  };
  fill('two-char', () => substring(2, 2));
  fill('term-3-4', () => substring(3, 4));
  fill('long-phrase', () => substring(8, 16));
  fill('place', () => (places.length ? (found.length && random() < 0.7 ? pick(found) : pick(places)) : undefined));
  let k = 0;
  fill('number-year', () => (numbers.length ? (k++ % 3 === 2 ? toFullWidth(pick(numbers)) : pick(numbers)) : undefined));
  fill('mixed-latin', () => (mixed.length ? pick(mixed) : undefined));
  fill('single-char', () => {
    const run = pick(hanRuns);
    return [...run].filter((c) => HAN.test(c))[Math.floor(random() * run.length)];
  });
  fill('multi-term', () => {
    const first = substring(2, 3);
    const second = substring(2, 4);
    return first === second ? undefined : `${first} ${second}`;
  });
  // A phrase as a staff member types it (乡镇人大主席团的职责): two words of one document joined
  // by 的, which the text rarely holds verbatim, so the related results carry the answer.
  fill('natural-phrase', () => {
    const doc = pick(docs);
    const runs = doc.flatMap((l) => l.match(/\p{Script=Han}{4,}/gu) ?? []);
    if (runs.length < 2) return undefined;
    const word = () => {
      const run = pick(runs);
      const length = 2 + Math.floor(random() * 3);
      const start = Math.floor(random() * (run.length - length + 1));
      return run.slice(start, start + length);
    };
    const [a, b] = [word(), word()];
    return a === b || a.includes('的') || b.includes('的') ? undefined : `${a}的${b}`;
  });
  fill('no-match', () => {
    const a = substring(3, 3);
    const b = substring(3, 3);
    const q = a + [...b].reverse().join('');
    return contains(q) ? undefined : q;
  });
  return queries;
}
