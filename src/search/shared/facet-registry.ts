/**
 * The one registry of the facets documents are filed under: each field's Chinese label, the path of
 * its browse pages and the order of its values. Browse pages, the all-documents filters, the search
 * page's filters, the search index's value tables and federated search all read it, so a facet is
 * named and ordered the same everywhere. How a document's values are derived is FACET_VALUES in
 * src/lib/facets.ts (build side); this module has no Node imports, so browser code can use it.
 */
import { FACET_LABELS, KIND_LABELS, LEVEL_LABELS } from '../../lib/labels.ts';

/** One value of a facet: ASCII `key` (URL segment, filter value) and its Chinese label. */
export interface FacetValue {
  key: string;
  label: string;
}

/** Key of the browse bucket of documents without a value (no certain year, no period). */
export const UNKNOWN_KEY = 'unknown';

export interface FacetField {
  /** Chinese name of the facet (专题, 层级, …), from labels.ts. */
  label: string;
  /** URL segment of its browse pages (`levels` → `/levels/`, `/levels/county/`); none for province, which files under `place`. */
  path?: string;
  /** Label of the browse bucket of documents without a value; facets without one leave such documents out. */
  unknownLabel?: string;
  /** Display order of two values. */
  compare(a: FacetValue, b: FacetValue): number;
}

const collator = new Intl.Collator('zh-CN');
const byLabel = (a: FacetValue, b: FacetValue) => collator.compare(a.label, b.label);
/** Keys in the order of a label table (levels from the top down, kinds as listed). */
const byKeyOrder = (labels: Record<string, string>) => {
  const order = Object.keys(labels);
  return (a: FacetValue, b: FacetValue) => order.indexOf(a.key) - order.indexOf(b.key);
};
/** Years newest first, `unknown` last. */
const yearOf = (key: string) => (key === UNKNOWN_KEY ? -Infinity : Number(key));
const byYear = (a: FacetValue, b: FacetValue) => yearOf(b.key) - yearOf(a.key) || 0;
/** Period keys (`2006-2010`, `to-1965`) by their last year, newest first, `unknown` last. */
const periodEnd = (key: string) => (key === UNKNOWN_KEY ? -Infinity : Number(key.split('-').at(-1)));
const byPeriod = (a: FacetValue, b: FacetValue) => periodEnd(b.key) - periodEnd(a.key) || 0;
/** Division codes: a province right before its own places; names without a code after all codes. */
const byCode = (a: FacetValue, b: FacetValue) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Every facet, by field name. */
export const FACET_FIELDS = {
  topic: { label: FACET_LABELS.topic, path: 'topics', compare: byLabel },
  level: { label: FACET_LABELS.level, path: 'levels', compare: byKeyOrder(LEVEL_LABELS) },
  kind: { label: FACET_LABELS.kind, path: 'kinds', compare: byKeyOrder(KIND_LABELS) },
  year: { label: FACET_LABELS.year, path: 'years', unknownLabel: '无确切年份', compare: byYear },
  period: { label: FACET_LABELS.period, path: 'periods', unknownLabel: '时期不确定', compare: byPeriod },
  place: { label: FACET_LABELS.place, path: 'places', compare: byCode },
  province: { label: FACET_LABELS.province, compare: byCode },
} as const satisfies Record<string, FacetField>;

export type FacetName = keyof typeof FACET_FIELDS;

/** The facets with browse pages of their own (/levels/ …), in the order lists and filters show them. */
export const BROWSE_FACETS = ['level', 'kind', 'year', 'period', 'place'] as const;
export type BrowseFacet = (typeof BROWSE_FACETS)[number];

/** The facets a full-text search can be filtered by, in the order the search page shows them. */
export const SEARCH_FACETS = ['topic', 'level', 'kind', 'province', 'year'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** The URL segment of a browse facet's pages (`levels`, …). */
export type BrowsePath = (typeof FACET_FIELDS)[BrowseFacet]['path'];

/** The navigation sections of browsing: topics, all documents, and each browse facet's pages. */
export type BrowseSection = 'topics' | 'docs' | BrowsePath;

/** One browse entry: the navigation section it marks, its path under the base, its label. */
export interface BrowseLink {
  section: BrowseSection;
  path: string;
  label: string;
}

/** The browse entries of the site's navigation and of pages that cannot search (topics, all documents, each facet). */
export const BROWSE_LINKS: readonly BrowseLink[] = [
  { section: 'topics', path: 'topics/', label: FACET_LABELS.topic },
  { section: 'docs', path: 'docs/', label: '全部文档' },
  ...(['level', 'place', 'year', 'period', 'kind'] as const).map((f) => {
    const { path, label } = FACET_FIELDS[f];
    return { section: path, path: `${path}/`, label: `按${label}` };
  }),
];

/** Display order of two values of `facet` (registry order, then by label so that the order is total). */
export function compareFacetValues(facet: FacetName, a: FacetValue, b: FacetValue): number {
  return FACET_FIELDS[facet].compare(a, b) || byLabel(a, b);
}
