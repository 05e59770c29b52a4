/**
 * The search UI behaviour for every `[data-search-root]` (markup: SearchUI.astro): reads the
 * state from the URL, runs the exact-match search, renders results, facet counts and paging, and
 * keeps the URL in step (push on submit and filter changes, replace while typing).
 * Results are built with DOM methods and textContent only, never HTML strings.
 */
import { SearchClient } from './client.ts';
import { excerpt, findMatches, type Segment } from './excerpt.ts';
import { FACETS, type DocFragment, type Facet } from './index-format.ts';
import { parseQuery } from './query.ts';
import { FACET_LABELS } from '../../lib/labels.ts';
import { readState, writeState, type UrlState } from './url-state.ts';

/** “All” option of each filter, in the site's vocabulary (lib/labels.ts). */
const FACET_ALL = Object.fromEntries(FACETS.map((f) => [f, `全部${FACET_LABELS[f]}`])) as Record<Facet, string>;
/** Results per page: six fragments load in one round of HTTP/1.1 connections (browsers open six per host). */
const PAGE_SIZE = 6;
/** Blocks shorter than this (headings, mostly) are shown with the block after them in excerpts. */
const SHORT_BLOCK = 40;
const TYPING_DELAY = 200;

/** Appends an element with text content to `parent`. */
function add<K extends keyof HTMLElementTagNameMap>(parent: Node, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  parent.appendChild(el);
  return el;
}

/** Appends excerpt segments, matches in <mark>. */
function addSegments(parent: Node, segments: readonly Segment[]): void {
  for (const s of segments) {
    if (s.mark) add(parent, 'mark', s.text);
    else parent.appendChild(document.createTextNode(s.text));
  }
}

/** The whole of `text` as segments with every match marked. */
function marked(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [a, b] of findMatches(text, terms)) {
    if (a > at) segments.push({ text: text.slice(at, a), mark: false });
    segments.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

const quoted = (terms: readonly string[]) => terms.map((t) => `“${t}”`).join('、');

/** Wires one search UI. */
export function mountSearch(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const target = root.dataset.target || '_self';
  const client = new SearchClient(root.dataset.index ?? `${base}search-index/`);
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const sort = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const selects = new Map(
    FACETS.map((f) => [f, root.querySelector<HTMLSelectElement>(`select[data-search-facet="${f}"]`)!]),
  );
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  let generation = 0;
  let showMore: () => Promise<void> = async () => {};
  let typing: ReturnType<typeof setTimeout> | undefined;

  const stateFromForm = (): UrlState => {
    const filters: UrlState['filters'] = {};
    for (const [f, select] of selects) if (select.value) filters[f] = select.value;
    return { q: input.value, filters, sort: sort.value === 'year' ? 'year' : 'relevance' };
  };
  const urlFor = (state: UrlState) => {
    const params = writeState(state, new URLSearchParams(location.search)).toString();
    return `${location.pathname}${params ? `?${params}` : ''}`;
  };
  const docLink = (fragment: DocFragment, terms: readonly string[], anchor?: string) => {
    const a = document.createElement('a');
    a.href = `${base}${fragment.url}${terms.length ? `?hl=${encodeURIComponent(terms.join(' '))}` : ''}${anchor ? `#${anchor}` : ''}`;
    if (target !== '_self') a.target = target;
    if (target === '_blank') a.rel = 'noopener';
    return a;
  };

  const renderResult = (fragment: DocFragment, terms: readonly string[]) => {
    const li = document.createElement('li');
    li.className = 'search-result';
    li.setAttribute('data-search-result', '');
    const title = docLink(fragment, terms);
    title.className = 'search-result-title';
    addSegments(title, marked(fragment.title, terms));
    li.append(title);
    add(li, 'p', fragment.meta).className = 'search-result-meta';
    const body = fragment.blocks.slice(1);
    const at = terms.length ? body.findIndex(([text]) => findMatches(text, terms).length > 0) : 0;
    const hit = at >= 0 ? body[at] : undefined;
    const shown = hit ?? body[0];
    if (shown) {
      // A match in a short block (usually a heading) shows the text that follows it too.
      const next = hit && shown[0].length < SHORT_BLOCK ? body[at + 1] : undefined;
      const p = add(li, 'p');
      p.className = 'search-result-excerpt';
      addSegments(p, excerpt(next ? `${shown[0]}　${next[0]}` : shown[0], hit ? terms : []));
    }
    const section = hit && hit[1] >= 0 ? fragment.anchors[hit[1]] : undefined;
    if (section) {
      const p = add(li, 'p', '所在章节：');
      p.className = 'search-result-section';
      const link = docLink(fragment, terms, section[0]);
      link.textContent = section[1];
      p.append(link);
    }
    return li;
  };

  const renderStatus = (count: number, terms: string[], state: UrlState, suggestions: [string, UrlState, number][]) => {
    status.replaceChildren();
    const filtered = Object.keys(state.filters).length > 0;
    if (count > 0) {
      status.append(terms.length ? `${quoted(terms)}：共 ` : '符合筛选条件的文档共 ');
      add(status, 'strong', String(count)).setAttribute('data-search-count', '');
      status.append(terms.length ? ` 篇文档包含${terms.length > 1 ? '全部词语' : '此词语'}${filtered ? '（已筛选）' : ''}` : ' 篇');
      return;
    }
    status.append(terms.length ? `没有找到包含${quoted(terms)}的文档${filtered ? '（在所选范围内）' : ''}，共 ` : '没有符合筛选条件的文档，共 ');
    add(status, 'strong', '0').setAttribute('data-search-count', '');
    status.append(' 篇。');
    const ul = add(status, 'ul');
    ul.className = 'search-suggestions';
    for (const [label, next, n] of suggestions) {
      const li = add(ul, 'li');
      const a = add(li, 'a', label);
      a.href = urlFor(next);
      a.setAttribute('data-search-nav', '');
      li.append(`：${n} 篇`);
    }
    if (suggestions.length === 0) add(ul, 'li', '请检查是否有错别字，或换一个更短、更常用的词语。');
  };

  const fillFacets = (meta: Awaited<ReturnType<SearchClient['search']>>) => {
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

  const run = async (state: UrlState) => {
    const mine = ++generation;
    const started = performance.now();
    const terms = parseQuery(state.q);
    const filtered = Object.keys(state.filters).length > 0;
    more.hidden = true;
    if (terms.length === 0 && !filtered) {
      list.replaceChildren();
      status.textContent = '输入要查找的词语。多个词语用空格分开，文档须包含全部词语；引号内的词组按原样查找。';
      root.dispatchEvent(new CustomEvent('search:rendered', { bubbles: true, detail: { terms, docs: [], ms: 0 } }));
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      const result = await client.search({ terms, filters: state.filters, sort: state.sort });
      if (mine !== generation) return;
      // Start loading the first page while the filters and status render.
      for (const doc of result.docs.slice(0, PAGE_SIZE)) void client.fragment(doc);
      fillFacets(result);
      const suggestions: [string, UrlState, number][] = [];
      if (result.docs.length === 0) {
        if (filtered && result.withoutFilters > 0) suggestions.push(['去掉筛选条件', { ...state, filters: {} }, result.withoutFilters]);
        terms.forEach((t, k) => {
          const rest = terms.filter((_, j) => j !== k);
          if (result.withoutTerm[k] > 0) suggestions.push([`去掉“${t}”`, { ...state, q: rest.join(' ') }, result.withoutTerm[k]]);
        });
      }
      renderStatus(result.docs.length, terms, state, suggestions);
      list.replaceChildren();
      let shown = 0;
      showMore = async () => {
        const page = result.docs.slice(shown, shown + (shown ? PAGE_SIZE * 2 : PAGE_SIZE));
        const fragments = await Promise.all(page.map((doc) => client.fragment(doc)));
        if (mine !== generation) return;
        list.append(...fragments.map((f) => renderResult(f, terms)));
        shown += page.length;
        const left = result.docs.length - shown;
        more.hidden = left <= 0;
        more.textContent = `再显示 ${Math.min(left, PAGE_SIZE * 2)} 篇（还有 ${left} 篇）`;
      };
      await showMore();
      if (mine !== generation) return;
      root.dispatchEvent(
        new CustomEvent('search:rendered', {
          bubbles: true,
          detail: { terms, docs: result.docs, ms: performance.now() - started },
        }),
      );
    } catch (error) {
      if (mine !== generation) return;
      list.replaceChildren();
      status.textContent = error instanceof Error ? error.message : '搜索出错';
    } finally {
      if (mine === generation) root.removeAttribute('aria-busy');
    }
  };

  const apply = (state: UrlState, history: 'push' | 'replace' | 'none') => {
    const running = run(state);
    if (history !== 'none') {
      const url = urlFor(state);
      // After the search has sent its requests: the browser's work on a history entry then
      // overlaps the network instead of delaying it.
      setTimeout(() => {
        if (history === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      });
    }
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

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void apply(stateFromForm(), 'push');
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void apply(stateFromForm(), 'replace'), TYPING_DELAY);
  });
  for (const select of [...selects.values(), sort]) {
    select.addEventListener('change', () => void apply(stateFromForm(), 'push'));
  }
  more.addEventListener('click', () => void showMore());
  status.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-search-nav]');
    if (!link) return;
    event.preventDefault();
    const state = readState(new URL(link.href).searchParams);
    fillForm(state);
    void apply(state, 'push');
  });
  window.addEventListener('popstate', () => {
    const state = readState(new URLSearchParams(location.search));
    fillForm(state);
    void run(state);
  });
  const initial = readState(new URLSearchParams(location.search));
  fillForm(initial);
  void run(initial);
}

/** Mounts every search UI on the page. */
export function mountAll(): void {
  document.querySelectorAll<HTMLElement>('[data-search-root]').forEach(mountSearch);
}
