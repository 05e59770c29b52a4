/** The index page of a facet (/levels/, /places/, …): each value with its count, places nested under their province. */
import { docTime } from './doc-time.ts';
import { bucketize, type Facet } from './facets.ts';
import type { DocRecord } from './types.ts';

/** A link to a value's page with its document count (what components/ValueLinks.astro shows). */
export interface ValueLink {
  label: string;
  count: number;
  /** Site path of the value's page. */
  path: string;
  /** Time facets: how many of the documents have a doubtful year (docTime), when any. */
  doubtful?: number;
}

/** A value and, for places, the values nested under it (a province's cities and counties). */
export interface FacetGroup {
  top: ValueLink;
  children: ValueLink[];
}

export interface FacetIndex {
  /** Number of documents listed. */
  total: number;
  /** How many of them have no value for this facet. */
  without: number;
  groups: FacetGroup[];
}

/** Facets of time, whose values say how many of their documents have a doubtful year. */
const TIME_FACETS = new Set<Facet['name']>(['year', 'period']);

/** Whether `key` is a division code under another value's code (`653122` under `65`). */
function parentKey(key: string, keys: Set<string>): string | undefined {
  if (!/^\d+$/.test(key)) return undefined;
  for (let length = 1; length < key.length; length++) {
    if (keys.has(key.slice(0, length))) return key.slice(0, length);
  }
  return undefined;
}

/** The values of `facet` among `docs`, in the facet's order; only place codes nest. */
export function facetIndex(docs: readonly DocRecord[], facet: Facet): FacetIndex {
  const buckets = bucketize(docs, facet);
  const keys = new Set(buckets.map((b) => b.key));
  const groups = new Map<string, FacetGroup>();
  for (const bucket of buckets) {
    const doubtful = TIME_FACETS.has(facet.name) ? bucket.docs.filter((d) => docTime(d.data).doubtful).length : 0;
    const link = { label: bucket.label, count: bucket.docs.length, path: `${facet.path}/${bucket.key}/`, ...(doubtful ? { doubtful } : {}) };
    // The shortest code that is a prefix of this one is its top-level value.
    const top = facet.name === 'place' ? parentKey(bucket.key, keys) : undefined;
    if (top === undefined) groups.set(bucket.key, { top: link, children: [] });
    else groups.get(top)!.children.push(link);
  }
  const without = docs.filter((d) => facet.values(d).length === 0).length;
  return { total: docs.length, without, groups: [...groups.values()] };
}
