/**
 * The search state as it lives in the page URL (`?q=…&topic=…&level=…&sort=year`), so results are
 * shareable and the back button works.
 */
import { SEARCH_FACETS, type SearchFacet } from '../shared/facet-registry.ts';
import { tokens } from './query.ts';
import type { SortOrder } from './rank.ts';

export interface UrlState {
  q: string;
  filters: Partial<Record<SearchFacet, string>>;
  sort: SortOrder;
}

/**
 * The query as typed, cut to what is searched (MAX_TERMS terms of MAX_TERM_LENGTH code points), for
 * the URL: a huge paste cannot make the address too long to load. (Here, not in query.ts, so the
 * highlighter that every document page loads does not carry it.)
 */
export function capQuery(raw: string): string {
  return tokens(raw)
    .map((t) => (t.quoted || /\s/.test(t.typed) ? `"${t.typed.replace(/"/g, '')}"` : t.typed))
    .join(' ');
}

/** Reads the state from query parameters; unknown parameters are ignored. */
export function readState(params: URLSearchParams): UrlState {
  const filters: Partial<Record<SearchFacet, string>> = {};
  for (const f of SEARCH_FACETS) {
    const value = params.get(f);
    if (value) filters[f] = value;
  }
  return { q: params.get('q') ?? '', filters, sort: params.get('sort') === 'year' ? 'year' : 'relevance' };
}

/** Query parameters for a state (empty values left out, the query cut to what is searched), keeping unrelated `keep` parameters such as `embed`. */
export function writeState(state: UrlState, keep = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of keep) if (k !== 'q' && k !== 'sort' && !(SEARCH_FACETS as readonly string[]).includes(k)) params.append(k, v);
  // Only what is searched goes into the URL: a huge paste would make it too long to load (HTTP 431).
  const q = capQuery(state.q);
  if (q) params.set('q', q);
  for (const f of SEARCH_FACETS) if (state.filters[f]) params.set(f, state.filters[f]!);
  if (state.sort === 'year') params.set('sort', 'year');
  return params;
}
