/**
 * The search UI behaviour for every `[data-search-root]` (markup: SearchUI.astro): reads the
 * state from the URL, runs the exact-match search, renders results, facet counts and paging,
 * related results below them when exact ones are few (../related.ts), suggestions when there are
 * none, and keeps the URL in step (push on submit and filter changes, replace while typing; never
 * while an input method is composing). The number of results shown and the scroll position are
 * kept in the history entry, so Back/Forward and reload restore the list where the user left it.
 */
import { SearchError } from '../client.ts';
import { clientFor, type FederatedResults } from '../federation.ts';
import { FACETS, type Facet } from '../../shared/index-format.ts';
import { parseQuery } from '../query.ts';
import { rankRelated, relatedPlan, relatedPossible, shorterParts, RELATED_LIMIT } from '../related.ts';
import { add, renderResult, type LinkOptions } from '../render.ts';
import { toSimplified } from '../traditional.ts';
import { FACET_LABELS } from '../../../lib/labels.ts';
import { readState, writeState, type UrlState } from '../url-state.ts';

/** “All” option of each filter, in the site's vocabulary (lib/labels.ts). */
const FACET_ALL = Object.fromEntries(FACETS.map((f) => [f, `全部${FACET_LABELS[f]}`])) as Record<Facet, string>;
/** Results per page: six fragments load in one round of HTTP/1.1 connections (browsers open six per host). */
const PAGE_SIZE = 6;
/** Below this many exact results, related results are shown too. */
const FEW = 10;
const TYPING_DELAY = 200;
/** Shorter parts of the query suggested at most when nothing matches. */
const PARTS_SHOWN = 3;

/** A topic as the search page knows it, for suggestions. */
interface TopicInfo {
  slug: string;
  name: string;
  keywords: string[];
}

/** What the history entry keeps of the view: results shown and scroll position. */
interface View {
  shown: number;
  scroll: number;
}

const quoted = (terms: readonly string[]) => terms.map((t) => `“${t}”`).join('、');

/** The message for an error: ours are in Chinese for the user; anything else gets a Chinese explanation, never the browser's English. */
function errorMessage(error: unknown): string {
  if (error instanceof SearchError) return error.message;
  return '搜索出错：此浏览器可能缺少全文搜索所需的功能，或搜索索引未能加载。请刷新页面，或换用新版浏览器；也可以按专题、层级、地区、年份浏览文档。';
}

/** Reads the view saved in the current history entry. */
function savedView(): View | undefined {
  const view = (history.state as { searchView?: View } | null)?.searchView;
  return view && typeof view.shown === 'number' ? view : undefined;
}

/** Wires one search UI. */
export function mountSearch(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const client = clientFor(root, base);
  const links: LinkOptions = { base, target: root.dataset.target || '_self', federated: client.federated };
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const sort = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const selects = new Map(
    FACETS.map((f) => [f, root.querySelector<HTMLSelectElement>(`select[data-search-facet="${f}"]`)!]),
  );
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const relatedBox = root.querySelector<HTMLElement>('[data-search-related-section]')!;
  const relatedList = root.querySelector<HTMLOListElement>('[data-search-related-list]')!;
  const failures = root.querySelector<HTMLUListElement>('[data-search-failures]');
  /** One line per site of a federated search that was left out, under the results. */
  const renderFailures = () => {
    if (!failures) return;
    const lines = client.failures();
    failures.replaceChildren(...lines.map((f) => add(document.createDocumentFragment(), 'li', f.message)));
    failures.hidden = lines.length === 0;
  };
  const relatedNote = root.querySelector<HTMLElement>('[data-search-related-note]')!;
  const topicsJson = root.querySelector('script[data-search-topics]')?.textContent;
  const topics: TopicInfo[] = topicsJson ? (JSON.parse(topicsJson) as TopicInfo[]) : [];
  let generation = 0;
  let shown = 0;
  let showMore: () => Promise<void> = async () => {};
  let typing: ReturnType<typeof setTimeout> | undefined;
  let composing = false;
  /** Set while a run restores a saved view, which must not be overwritten meanwhile. */
  let restoring = false;
  history.scrollRestoration = 'manual';

  const saveView = () => {
    if (restoring) return;
    try {
      history.replaceState({ ...((history.state as object | null) ?? {}), searchView: { shown, scroll: Math.round(window.scrollY) } }, '');
    } catch {
      // History updates can be rate-limited; the view is then not kept.
    }
  };

  const stateFromForm = (): UrlState => {
    const filters: UrlState['filters'] = {};
    for (const [f, select] of selects) if (select.value) filters[f] = select.value;
    return { q: input.value, filters, sort: sort.value === 'year' ? 'year' : 'relevance' };
  };
  const urlFor = (state: UrlState) => {
    const params = writeState(state, new URLSearchParams(location.search)).toString();
    return `${location.pathname}${params ? `?${params}` : ''}`;
  };

  /** Adds a suggestion link (a search for `next`) with its count to `ul`. */
  const suggest = (ul: HTMLElement, label: string, next: UrlState, n: number) => {
    const li = add(ul, 'li');
    const a = add(li, 'a', label);
    a.href = urlFor(next);
    a.setAttribute('data-search-nav', '');
    li.append(`：${n} 篇`);
  };

  const renderStatus = (count: number, terms: string[], state: UrlState) => {
    status.replaceChildren();
    const filtered = Object.keys(state.filters).length > 0;
    if (count > 0) {
      status.append(terms.length ? `${quoted(terms)}：共 ` : '符合筛选条件的文档共 ');
      add(status, 'strong', String(count)).setAttribute('data-search-count', '');
      status.append(terms.length ? ` 篇文档包含${terms.length > 1 ? '全部词语' : '此词语'}${filtered ? '（已筛选）' : ''}` : ' 篇');
      return undefined;
    }
    status.append(terms.length ? `没有找到包含${quoted(terms)}的文档${filtered ? '（在所选范围内）' : ''}，共 ` : '没有符合筛选条件的文档，共 ');
    add(status, 'strong', '0').setAttribute('data-search-count', '');
    status.append(' 篇。');
    const ul = add(status, 'ul');
    ul.className = 'search-suggestions';
    ul.setAttribute('data-search-suggestions', '');
    return ul;
  };

  /** Suggestions when nothing matched: fewer filters or terms, shorter parts of the query, topics. */
  const addSuggestions = async (ul: HTMLElement, terms: string[], state: UrlState, result: FederatedResults, mine: number) => {
    if (Object.keys(state.filters).length && result.withoutFilters > 0) suggest(ul, '去掉筛选条件', { ...state, filters: {} }, result.withoutFilters);
    terms.forEach((t, k) => {
      const rest = terms.filter((_, j) => j !== k);
      if (result.withoutTerm[k] > 0) suggest(ul, `去掉“${t}”`, { ...state, q: rest.join(' ') }, result.withoutTerm[k]);
    });
    const parts: [string, number][] = [];
    for (const part of shorterParts(terms)) {
      if (parts.length === PARTS_SHOWN) break;
      const n = (await client.search({ terms: [part], filters: state.filters, sort: state.sort })).docs.length;
      if (mine !== generation) return;
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
  };

  const fillFacets = (meta: FederatedResults) => {
    for (const [f, select] of selects) {
      const current = select.value || (meta.selection[f] !== undefined ? meta.meta.facets[f][meta.selection[f]!]?.key : '');
      select.replaceChildren(new Option(FACET_ALL[f], ''));
      meta.meta.facets[f].forEach((v, i) => {
        const n = meta.facetCounts[f].get(i) ?? 0;
        const option = new Option(`${v.label}（${n}）`, v.key, false, v.key === current);
        option.disabled = n === 0 && v.key !== current;
        select.append(option);
      });
      // A value from the URL that no document has (say, a level absent from this corpus) stays visible and selected.
      if (current && !meta.meta.facets[f].some((v) => v.key === current)) select.append(new Option(`${current}（0）`, current, false, true));
    }
  };

  /** Related results below the exact ones (excluding them); resolves with their documents. */
  const renderRelated = async (terms: string[], state: UrlState, result: FederatedResults, mine: number) => {
    const plan = relatedPlan(terms);
    const [wordHits, pairHits] = await Promise.all([
      Promise.all(plan.words.map((w) => client.matches(w))),
      Promise.all(plan.pairs.map((p) => client.matches(p))),
    ]);
    if (mine !== generation) return undefined;
    const related = rankRelated(result.meta, plan, wordHits, pairHits, new Set(result.docs), result.selection, RELATED_LIMIT);
    const fragments = await Promise.all(related.map((r) => client.fragment(r.doc)));
    if (mine !== generation) return undefined;
    relatedList.replaceChildren(...fragments.map((f, i) => renderResult(links, f, terms, { matched: related[i].matched, words: plan.words })));
    relatedNote.textContent = related.length
      ? `按词语 ${plan.words.join('、')} 查找：先列出包含全部词语、且词语相连的文档。`
      : `没有包含 ${plan.words.join('、')} 等词语的其他文档。`;
    relatedBox.hidden = false;
    return related.map((r) => r.doc);
  };

  const run = async (state: UrlState, view?: View) => {
    const mine = ++generation;
    restoring = view !== undefined;
    const started = performance.now();
    more.hidden = true;
    relatedBox.hidden = true;
    const terms = parseQuery(await toSimplified(state.q));
    if (mine !== generation) return;
    const filtered = Object.keys(state.filters).length > 0;
    if (terms.length === 0 && !filtered) {
      list.replaceChildren();
      shown = 0;
      status.textContent = '输入要查找的词语。多个词语用空格分开，文档须包含全部词语；引号内的词组按原样查找。';
      root.dispatchEvent(new CustomEvent('search:rendered', { bubbles: true, detail: { terms, docs: [], ms: 0, relatedPending: false } }));
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      const result = await client.search({ terms, filters: state.filters, sort: state.sort });
      if (mine !== generation) return;
      // Start loading the first page while the filters and status render.
      for (const doc of result.docs.slice(0, Math.max(PAGE_SIZE, view?.shown ?? 0))) void client.fragment(doc);
      fillFacets(result);
      const suggestions = renderStatus(result.docs.length, terms, state);
      list.replaceChildren();
      shown = 0;
      showMore = async () => {
        const page = result.docs.slice(shown, shown + (shown ? PAGE_SIZE * 2 : PAGE_SIZE));
        const fragments = await Promise.all(page.map((doc) => client.fragment(doc)));
        if (mine !== generation) return;
        list.append(...fragments.map((f) => renderResult(links, f, terms)));
        shown += page.length;
        const left = result.docs.length - shown;
        more.hidden = left <= 0;
        more.textContent = `再显示 ${Math.min(left, PAGE_SIZE * 2)} 篇（还有 ${left} 篇）`;
      };
      do await showMore();
      while (mine === generation && view && shown < Math.min(view.shown, result.docs.length));
      if (mine !== generation) return;
      renderFailures();
      const relatedPending = terms.length > 0 && result.docs.length < FEW && relatedPossible(terms, relatedPlan(terms));
      root.dispatchEvent(
        new CustomEvent('search:rendered', {
          bubbles: true,
          detail: { terms, docs: result.docs, ms: performance.now() - started, relatedPending },
        }),
      );
      if (relatedPending) {
        const related = await renderRelated(terms, state, result, mine);
        if (!related) return;
        renderFailures();
        const words = relatedPlan(terms).words;
        root.dispatchEvent(new CustomEvent('search:related', { bubbles: true, detail: { terms, words, docs: related, ms: performance.now() - started } }));
      }
      if (suggestions) await addSuggestions(suggestions, terms, state, result, mine);
      if (mine === generation && view) window.scrollTo(0, view.scroll);
      if (mine === generation) restoring = false;
    } catch (error) {
      if (mine !== generation) return;
      list.replaceChildren();
      status.textContent = errorMessage(error);
      status.setAttribute('data-search-error', '');
    } finally {
      if (mine === generation) {
        restoring = false;
        root.removeAttribute('aria-busy');
      }
    }
  };

  const apply = (state: UrlState, mode: 'push' | 'replace') => {
    const running = run(state);
    const url = urlFor(state);
    // After the search has sent its requests: the browser's work on a history entry then
    // overlaps the network instead of delaying it.
    setTimeout(() => {
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    });
    return running;
  };

  const fillForm = (state: UrlState) => {
    input.value = state.q;
    sort.value = state.sort === 'year' ? 'year' : '';
    for (const [f, select] of selects) {
      const value = state.filters[f] ?? '';
      if (value && ![...select.options].some((o) => o.value === value)) select.append(new Option(value, value));
      select.value = value;
    }
  };

  const typed = () => {
    clearTimeout(typing);
    typing = setTimeout(() => void apply(stateFromForm(), 'replace'), TYPING_DELAY);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (composing) return;
    clearTimeout(typing);
    void apply(stateFromForm(), 'push');
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
    select.addEventListener('change', () => void apply(stateFromForm(), 'push'));
  }
  // One page at a time: a second click while a page loads would append the same page again.
  let loadingMore = false;
  more.addEventListener('click', async () => {
    if (loadingMore) return;
    loadingMore = true;
    try {
      await showMore();
    } finally {
      loadingMore = false;
    }
    saveView();
  });
  let scrolling: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('scroll', () => {
    clearTimeout(scrolling);
    scrolling = setTimeout(saveView, 150);
  }, { passive: true });
  window.addEventListener('pagehide', saveView);
  status.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-search-nav]');
    if (!link) return;
    event.preventDefault();
    const state = readState(new URL(link.href).searchParams);
    fillForm(state);
    void apply(state, 'push');
  });
  // `/` focuses this page's box (before the site-wide shortcut, shortcut.ts, would open the dialog).
  if (input.hasAttribute('data-search-primary')) {
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
  window.addEventListener('popstate', () => {
    const state = readState(new URLSearchParams(location.search));
    fillForm(state);
    void run(state, savedView());
  });
  const initial = readState(new URLSearchParams(location.search));
  fillForm(initial);
  void run(initial, savedView());
}

/** Mounts every search UI on the page. */
export function mountAll(): void {
  document.querySelectorAll<HTMLElement>('[data-search-root]').forEach(mountSearch);
}
