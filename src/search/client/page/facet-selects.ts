/**
 * The facet filters of the search form: after each search every select lists its facet's values
 * with their counts in the results, values no result has disabled, the selected value kept.
 */
import { FACET_FIELDS, SEARCH_FACETS, type SearchFacet } from '../../shared/facet-registry.ts';
import type { FederatedResults } from '../federation.ts';

/** “All” option of each filter, named as the facet registry names it. */
const FACET_ALL = Object.fromEntries(SEARCH_FACETS.map((f) => [f, `全部${FACET_FIELDS[f].label}`])) as Record<SearchFacet, string>;

/** Fills each facet's select with the facet's values and their counts in `result`, keeping the selected value. */
export function fillFacets(selects: ReadonlyMap<SearchFacet, HTMLSelectElement>, result: FederatedResults): void {
  for (const [f, select] of selects) {
    const current = select.value || (result.selection[f] !== undefined ? result.meta.facets[f][result.selection[f]!]?.key : '');
    select.replaceChildren(new Option(FACET_ALL[f], ''));
    result.meta.facets[f].forEach((v, i) => {
      const n = result.facetCounts[f].get(i) ?? 0;
      const option = new Option(`${v.label}（${n}）`, v.key, false, v.key === current);
      option.disabled = n === 0 && v.key !== current;
      select.append(option);
    });
    // A value from the URL that no document has (say, a level absent from this corpus) stays visible and selected.
    if (current && !result.meta.facets[f].some((v) => v.key === current)) select.append(new Option(`${current}（0）`, current, false, true));
  }
}
