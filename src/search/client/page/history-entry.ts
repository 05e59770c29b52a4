/**
 * The history entry of a search: its URL (the search state, ../url-state.ts) and the view it keeps,
 * how many results were shown and the scroll position, so that Back/Forward and reload restore the
 * list where the user left it.
 */
import { writeState, type UrlState } from '../url-state.ts';

/** What the history entry keeps of the view: results shown and scroll position. */
export interface View {
  shown: number;
  scroll: number;
}

/** Reads the view saved in the current history entry. */
export function savedView(): View | undefined {
  const view = (history.state as { searchView?: View } | null)?.searchView;
  return view && typeof view.shown === 'number' ? view : undefined;
}

/** Saves the view, `shown` results at the current scroll position, in the current history entry. */
export function saveView(shown: number): void {
  try {
    history.replaceState({ ...((history.state as object | null) ?? {}), searchView: { shown, scroll: Math.round(window.scrollY) } }, '');
  } catch {
    // History updates can be rate-limited; the view is then not kept.
  }
}

/** Calls `save` a pause after the page scrolls and when the page is left. */
export function saveViewOnLeave(save: () => void): void {
  let scrolling: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('scroll', () => {
    clearTimeout(scrolling);
    scrolling = setTimeout(save, 150);
  }, { passive: true });
  window.addEventListener('pagehide', save);
}

/** The URL of this page for `state`, keeping unrelated parameters such as `embed`. */
export function urlFor(state: UrlState): string {
  const params = writeState(state, new URLSearchParams(location.search)).toString();
  return `${location.pathname}${params ? `?${params}` : ''}`;
}

/** Puts `state` in the address bar, in a new history entry (`push`) or the current one (`replace`). */
export function showState(state: UrlState, mode: 'push' | 'replace'): void {
  const url = urlFor(state);
  // After the search has sent its requests: the browser's work on a history entry then
  // overlaps the network instead of delaying it.
  setTimeout(() => {
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
}
