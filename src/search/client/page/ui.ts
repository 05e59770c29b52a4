/**
 * The search UI behaviour for every `[data-search-root]` (markup: SearchUI.astro): reads the
 * state from the URL, runs the exact-match search and shows it: facet counts (facet-selects.ts),
 * status and messages (messages.ts), results a page at a time (result-list.ts), related results
 * below them when exact ones are few (related-results.ts), suggestions when there are none
 * (suggestions.ts). Keeps the URL in step with the form (search-form.ts) and the view in the
 * history entry (history-entry.ts), so Back/Forward and reload restore the list where the user left it.
 */
import { clientFor } from '../federation.ts';
import { parseQuery } from '../query.ts';
import { relatedPlan } from '../related.ts';
import type { LinkOptions } from '../render.ts';
import { ResultList } from './result-list.ts';
import { toSimplified } from '../traditional.ts';
import { readState, type UrlState } from '../url-state.ts';
import { fillFacets } from './facet-selects.ts';
import { savedView, saveView, saveViewOnLeave, showState, type View } from './history-entry.ts';
import { errorMessage, PROMPT, renderFailures, renderStatus } from './messages.ts';
import { findRelated, relatedWanted, renderRelated } from './related-results.ts';
import { fillForm, findForm, focusOnSlash, watchForm } from './search-form.ts';
import { addSuggestions, readTopics } from './suggestions.ts';

/** Wires one search UI. */
export function mountSearch(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const client = clientFor(root, base);
  const links: LinkOptions = { base, target: root.dataset.target || '_self', federated: client.federated };
  const form = findForm(root);
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const results = new ResultList(
    root.querySelector<HTMLOListElement>('[data-search-results]')!,
    root.querySelector<HTMLButtonElement>('[data-search-more]')!,
    client,
    links,
  );
  const related = findRelated(root);
  const failures = root.querySelector<HTMLUListElement>('[data-search-failures]');
  const topics = readTopics(root);
  let generation = 0;
  /** Set while a run restores a saved view, which must not be overwritten meanwhile. */
  let restoring = false;
  history.scrollRestoration = 'manual';

  const save = () => {
    if (!restoring) saveView(results.shown);
  };

  const run = async (state: UrlState, view?: View) => {
    const mine = ++generation;
    const current = () => mine === generation;
    restoring = view !== undefined;
    const started = performance.now();
    results.hideMore();
    related.box.hidden = true;
    const terms = parseQuery(await toSimplified(state.q));
    if (!current()) return;
    const filtered = Object.keys(state.filters).length > 0;
    if (terms.length === 0 && !filtered) {
      results.reset();
      status.textContent = PROMPT;
      root.dispatchEvent(new CustomEvent('search:rendered', { bubbles: true, detail: { terms, docs: [], ms: 0, relatedPending: false } }));
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      const result = await client.search({ terms, filters: state.filters, sort: state.sort });
      if (!current()) return;
      // Start loading the first page while the filters and status render.
      results.prefetch(result.docs, view?.shown ?? 0);
      fillFacets(form.selects, result);
      const suggestions = renderStatus(status, result.docs.length, terms, state);
      results.start(result.docs, terms, current);
      do await results.showMore();
      while (current() && view && results.shown < Math.min(view.shown, result.docs.length));
      if (!current()) return;
      renderFailures(failures, client);
      const relatedPending = relatedWanted(terms, result.docs.length);
      root.dispatchEvent(
        new CustomEvent('search:rendered', {
          bubbles: true,
          detail: { terms, docs: result.docs, ms: performance.now() - started, relatedPending },
        }),
      );
      if (relatedPending) {
        const docs = await renderRelated(related, client, links, terms, result, current);
        if (!docs) return;
        renderFailures(failures, client);
        const words = relatedPlan(terms).words;
        root.dispatchEvent(new CustomEvent('search:related', { bubbles: true, detail: { terms, words, docs, ms: performance.now() - started } }));
      }
      if (suggestions) await addSuggestions(suggestions, terms, state, result, { client, topics, base }, current);
      if (current() && view) window.scrollTo(0, view.scroll);
      if (current()) restoring = false;
    } catch (error) {
      if (!current()) return;
      results.empty();
      status.textContent = errorMessage(error);
      status.setAttribute('data-search-error', '');
    } finally {
      if (current()) {
        restoring = false;
        root.removeAttribute('aria-busy');
      }
    }
  };

  const apply = (state: UrlState, mode: 'push' | 'replace') => {
    const running = run(state);
    showState(state, mode);
    return running;
  };

  watchForm(form, apply);
  results.watchMore(save);
  saveViewOnLeave(save);
  status.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-search-nav]');
    if (!link) return;
    event.preventDefault();
    const state = readState(new URL(link.href).searchParams);
    fillForm(form, state);
    void apply(state, 'push');
  });
  if (form.input.hasAttribute('data-search-primary')) focusOnSlash(form.input);
  window.addEventListener('popstate', () => {
    const state = readState(new URLSearchParams(location.search));
    fillForm(form, state);
    void run(state, savedView());
  });
  const initial = readState(new URLSearchParams(location.search));
  fillForm(form, initial);
  void run(initial, savedView());
}

/** Mounts every search UI on the page. */
export function mountAll(): void {
  document.querySelectorAll<HTMLElement>('[data-search-root]').forEach(mountSearch);
}
