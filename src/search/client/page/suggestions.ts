/**
 * Suggestions when a search finds nothing: the same search without its filters or without one of
 * its terms, shorter parts of the query, each with its count, and topics the query names.
 * Suggested searches are links (`data-search-nav`) the search UI follows in place.
 */
import type { FederatedClient, FederatedResults } from '../federation.ts';
import { shorterParts } from '../related.ts';
import { add } from '../render.ts';
import type { UrlState } from '../url-state.ts';
import { urlFor } from './history-entry.ts';

/** Shorter parts of the query suggested at most when nothing matches. */
const PARTS_SHOWN = 3;

/** A topic as the search page knows it, for suggestions. */
export interface TopicInfo {
  slug: string;
  name: string;
  keywords: string[];
}

/** The topics the search UI's markup lists (`script[data-search-topics]`). */
export function readTopics(root: HTMLElement): TopicInfo[] {
  const topicsJson = root.querySelector('script[data-search-topics]')?.textContent;
  return topicsJson ? (JSON.parse(topicsJson) as TopicInfo[]) : [];
}

/** Adds a suggestion link (a search for `next`) with its count to `ul`. */
function suggest(ul: HTMLElement, label: string, next: UrlState, n: number): void {
  const li = add(ul, 'li');
  const a = add(li, 'a', label);
  a.href = urlFor(next);
  a.setAttribute('data-search-nav', '');
  li.append(`：${n} 篇`);
}

/** What suggestions draw on: the client that counts shorter parts, the topics, the site base of topic links. */
export interface SuggestionSources {
  client: FederatedClient;
  topics: readonly TopicInfo[];
  base: string;
}

/** Adds the suggestions for a search that matched nothing to `ul`; stops when `current()` turns false (a newer search started). */
export async function addSuggestions(
  ul: HTMLElement,
  terms: string[],
  state: UrlState,
  result: FederatedResults,
  { client, topics, base }: SuggestionSources,
  current: () => boolean,
): Promise<void> {
  if (Object.keys(state.filters).length && result.withoutFilters > 0) suggest(ul, '去掉筛选条件', { ...state, filters: {} }, result.withoutFilters);
  terms.forEach((t, k) => {
    const rest = terms.filter((_, j) => j !== k);
    if (result.withoutTerm[k] > 0) suggest(ul, `去掉“${t}”`, { ...state, q: rest.join(' ') }, result.withoutTerm[k]);
  });
  const parts: [string, number][] = [];
  for (const part of shorterParts(terms)) {
    if (parts.length === PARTS_SHOWN) break;
    const n = (await client.search({ terms: [part], filters: state.filters, sort: state.sort })).docs.length;
    if (!current()) return;
    // A part inside one already suggested is worth suggesting only when it finds more.
    if (n > 0 && !parts.some(([p, m]) => p.includes(part) && m >= n)) parts.push([part, n]);
  }
  for (const [part, n] of parts) suggest(ul, `查找“${part}”`, { ...state, q: part }, n);
  const text = terms.join('');
  for (const topic of topics) {
    const words = [topic.name, ...topic.keywords];
    if (!words.some((w) => text.includes(w) || terms.some((t) => t.length >= 2 && w.includes(t)))) continue;
    const li = add(ul, 'li', '专题：');
    const a = add(li, 'a', topic.name);
    a.href = `${base}topics/${topic.slug}/`;
    a.setAttribute('data-search-topic', '');
  }
  if (!ul.childElementCount) add(ul, 'li', '请检查是否有错别字，或换一个更短、更常用的词语。');
}
