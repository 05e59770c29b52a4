/**
 * The search form of a search UI (markup: SearchUI.astro): its controls, the state they show, and
 * the changes that start a search: a new history entry on submit and filter changes, the current
 * one replaced a pause after typing; nothing while an input method is composing.
 */
import { SEARCH_FACETS, type SearchFacet } from '../../shared/facet-registry.ts';
import type { UrlState } from '../url-state.ts';

/** Pause after typing before searching, in milliseconds. */
const TYPING_DELAY = 200;

/** The controls of a search form. */
export interface SearchForm {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  selects: Map<SearchFacet, HTMLSelectElement>;
}

/** Finds the form's controls in a search UI. */
export function findForm(root: HTMLElement): SearchForm {
  return {
    form: root.querySelector<HTMLFormElement>('[data-search-form]')!,
    input: root.querySelector<HTMLInputElement>('[data-search-input]')!,
    sort: root.querySelector<HTMLSelectElement>('select[name="sort"]')!,
    selects: new Map(SEARCH_FACETS.map((f) => [f, root.querySelector<HTMLSelectElement>(`select[data-search-facet="${f}"]`)!])),
  };
}

/** The state the form shows. */
export function formState({ input, sort, selects }: SearchForm): UrlState {
  const filters: UrlState['filters'] = {};
  for (const [f, select] of selects) if (select.value) filters[f] = select.value;
  return { q: input.value, filters, sort: sort.value === 'year' ? 'year' : 'relevance' };
}

/** Shows `state` in the form; a filter value its select lacks gets an option, so that it shows as selected. */
export function fillForm({ input, sort, selects }: SearchForm, state: UrlState): void {
  input.value = state.q;
  sort.value = state.sort === 'year' ? 'year' : '';
  for (const [f, select] of selects) {
    const value = state.filters[f] ?? '';
    if (value && ![...select.options].some((o) => o.value === value)) select.append(new Option(value, value));
    select.value = value;
  }
}

/** Calls `apply` with the form's state when the user changes it, with how the history entry changes (see the module comment). */
export function watchForm(search: SearchForm, apply: (state: UrlState, mode: 'push' | 'replace') => unknown): void {
  const { form, input, sort, selects } = search;
  let typing: ReturnType<typeof setTimeout> | undefined;
  let composing = false;
  const typed = () => {
    clearTimeout(typing);
    typing = setTimeout(() => void apply(formState(search), 'replace'), TYPING_DELAY);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (composing) return;
    clearTimeout(typing);
    void apply(formState(search), 'push');
  });
  // While an input method composes (pinyin letters not yet turned into characters), nothing runs.
  input.addEventListener('compositionstart', () => {
    composing = true;
    clearTimeout(typing);
  });
  input.addEventListener('compositionend', () => {
    composing = false;
    typed();
  });
  input.addEventListener('input', (event) => {
    if (composing || (event as InputEvent).isComposing) return;
    typed();
  });
  for (const select of [...selects.values(), sort]) {
    select.addEventListener('change', () => void apply(formState(search), 'push'));
  }
}

/** Makes `/` focus the search page's own box (before the site-wide shortcut, ../dialog/shortcut.ts, would open the dialog). */
export function focusOnSlash(input: HTMLInputElement): void {
  document.addEventListener(
    'keydown',
    (event) => {
      const target = event.target as Element;
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing || target.closest?.('input,textarea,select,[contenteditable]')) return;
      event.preventDefault();
      input.focus();
      input.select();
    },
    { capture: true },
  );
}
