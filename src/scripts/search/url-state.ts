/**
 * The search state as it lives in the page URL (`?q=…&topic=…&level=…&sort=year`), so results are
 * shareable and the back button works.
 */
import { FACETS, type Facet } from './index-format.ts';
import { capQuery } from './query.ts';
import type { SortOrder } from './rank.ts';

export interface UrlState {
  q: string;
  filters: Partial<Record<Facet, string>>;
  sort: SortOrder;
}

/** Reads the state from query parameters; unknown parameters are ignored. */
export function readState(params: URLSearchParams): UrlState {
  const filters: Partial<Record<Facet, string>> = {};
  for (const f of FACETS) {
    const value = params.get(f);
    if (value) filters[f] = value;
  }
  return { q: params.get('q') ?? '', filters, sort: params.get('sort') === 'year' ? 'year' : 'relevance' };
}

/** Query parameters for a state (empty values left out, the query cut to what is searched), keeping unrelated `keep` parameters such as `embed`. */
export function writeState(state: UrlState, keep = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of keep) if (k !== 'q' && k !== 'sort' && !(FACETS as readonly string[]).includes(k)) params.append(k, v);
  // Only what is searched goes into the URL: a huge paste would make it too long to load (HTTP 431).
  const q = capQuery(state.q);
  if (q) params.set('q', q);
  for (const f of FACETS) if (state.filters[f]) params.set(f, state.filters[f]!);
  if (state.sort === 'year') params.set('sort', 'year');
  return params;
}
