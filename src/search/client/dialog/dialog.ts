/**
 * The search dialog of every page (markup: SearchBox.astro): a modal <dialog> with a combobox
 * whose listbox shows the best exact results as one types (after a short pause, never while an
 * input method composes). ↑/↓ choose a result (aria-activedescendant), Enter opens it (or the full
 * search page when none is chosen), Esc closes the dialog and returns focus to where it was. The
 * modal dialog keeps focus inside it. A link leads to the full search page, with filters and
 * related results.
 */
import { SearchError } from '../client.ts';
import { clientFor, type FederatedClient, type SiteFragment } from '../federation.ts';
import { excerpt, findMatches } from '../excerpt.ts';
import { parseQuery } from '../query.ts';
import { capQuery } from '../url-state.ts';
import { add, addSegments, docLink, marked, type LinkOptions } from '../render.ts';
import { toSimplified } from '../traditional.ts';

/** Results listed in the dialog. */
const SHOWN = 8;
/** Pause after typing before searching. */
const TYPING_DELAY = 150;

interface DialogParts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLElement;
  full: HTMLAnchorElement;
  links: LinkOptions;
  client: FederatedClient;
  opener: HTMLElement | null;
  /** Index of the chosen option, -1 for none. */
  active: number;
}

const wired = new WeakMap<HTMLDialogElement, DialogParts>();

/** The full search page's URL for `query`. */
const fullUrl = (parts: DialogParts, query: string) => {
  const q = capQuery(query);
  return `${parts.links.base}search/${q ? `?q=${encodeURIComponent(q)}` : ''}`;
};

/** Marks option `index` as chosen (or none with -1) and scrolls it into view. */
function choose(parts: DialogParts, index: number): void {
  const options = [...parts.list.querySelectorAll<HTMLElement>('[role="option"]')];
  parts.active = options.length ? Math.max(-1, Math.min(index, options.length - 1)) : -1;
  options.forEach((o, i) => o.setAttribute('aria-selected', String(i === parts.active)));
  const chosen = options[parts.active];
  if (chosen) {
    parts.input.setAttribute('aria-activedescendant', chosen.id);
    chosen.scrollIntoView({ block: 'nearest' });
  } else parts.input.removeAttribute('aria-activedescendant');
}

/** One result as an option: marked title, meta line, a short excerpt; `href` where it leads. */
function option(parts: DialogParts, fragment: SiteFragment, terms: readonly string[], i: number): HTMLLIElement {
  const li = document.createElement('li');
  li.id = `search-dialog-option-${i}`;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.className = 'search-dialog__option';
  const link = docLink(parts.links, fragment, terms);
  if (link instanceof HTMLAnchorElement) li.dataset.href = link.href;
  const title = add(li, 'span');
  title.className = 'search-dialog__title';
  addSegments(title, marked(fragment.title, terms));
  add(li, 'span', [parts.client.federated ? fragment.site : '', fragment.offTopic ? '相关资料' : '', fragment.meta].filter(Boolean).join(' · ')).className =
    'search-dialog__meta';
  const block = fragment.blocks.slice(1).find(([text]) => findMatches(text, terms).length > 0);
  if (block) {
    const span = add(li, 'span');
    span.className = 'search-dialog__excerpt';
    addSegments(span, excerpt(block[0], terms, 60, 16));
  }
  return li;
}

let generation = 0;

/** Searches and lists the results for the dialog's current text. */
async function run(parts: DialogParts): Promise<void> {
  const mine = ++generation;
  const query = parts.input.value;
  parts.full.href = fullUrl(parts, query);
  const terms = parseQuery(await toSimplified(query));
  if (mine !== generation) return;
  if (terms.length === 0) {
    parts.list.replaceChildren();
    parts.input.setAttribute('aria-expanded', 'false');
    choose(parts, -1);
    parts.status.textContent = '输入要查找的词语，结果随输入显示。';
    return;
  }
  parts.dialog.setAttribute('aria-busy', 'true');
  try {
    const result = await parts.client.search({ terms, filters: {}, sort: 'relevance' });
    const fragments = await Promise.all(result.docs.slice(0, SHOWN).map((doc) => parts.client.fragment(doc)));
    if (mine !== generation) return;
    parts.list.replaceChildren(...fragments.map((f, i) => option(parts, f, terms, i)));
    parts.input.setAttribute('aria-expanded', String(fragments.length > 0));
    choose(parts, -1);
    const n = result.docs.length;
    parts.status.textContent =
      n === 0
        ? `没有找到包含${terms.map((t) => `“${t}”`).join('、')}的文档。按 Enter 到搜索页查看相关结果和建议。`
        : `共 ${n} 篇文档${n > SHOWN ? `，下面是最相关的 ${SHOWN} 篇` : ''}。`;
  } catch (error) {
    if (mine !== generation) return;
    parts.list.replaceChildren();
    parts.status.textContent = error instanceof SearchError ? error.message : '搜索出错：此浏览器可能缺少全文搜索所需的功能。请按 Enter 到搜索页，或换用新版浏览器。';
  } finally {
    if (mine === generation) parts.dialog.removeAttribute('aria-busy');
  }
}

/** Wires a dialog once. */
function wire(dialog: HTMLDialogElement): DialogParts {
  const base = dialog.dataset.base ?? '/';
  const parts: DialogParts = {
    dialog,
    input: dialog.querySelector<HTMLInputElement>('[data-search-dialog-input]')!,
    status: dialog.querySelector<HTMLElement>('[data-search-dialog-status]')!,
    list: dialog.querySelector<HTMLElement>('[data-search-dialog-list]')!,
    full: dialog.querySelector<HTMLAnchorElement>('[data-search-dialog-full]')!,
    links: { base, target: '_self' },
    client: clientFor(dialog, base),
    opener: null,
    active: -1,
  };
  let typing: ReturnType<typeof setTimeout> | undefined;
  let composing = false;
  const typed = () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(parts), TYPING_DELAY);
  };
  parts.input.addEventListener('compositionstart', () => {
    composing = true;
    clearTimeout(typing);
  });
  parts.input.addEventListener('compositionend', () => {
    composing = false;
    typed();
  });
  parts.input.addEventListener('input', (event) => {
    if (!composing && !(event as InputEvent).isComposing) typed();
  });
  parts.input.addEventListener('keydown', (event) => {
    if (event.isComposing || composing) return;
    const count = parts.list.childElementCount;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!count) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      choose(parts, parts.active === -1 ? (step > 0 ? 0 : count - 1) : (parts.active + step + count) % count);
    } else if (event.key === 'Escape') {
      // Esc closes the dialog at once (a search field would first only clear its text).
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = parts.list.children[parts.active] as HTMLElement | undefined;
      location.assign(chosen?.dataset.href ?? fullUrl(parts, parts.input.value));
    }
  });
  parts.list.addEventListener('click', (event) => {
    const chosen = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (chosen?.dataset.href) location.assign(chosen.dataset.href);
  });
  dialog.querySelector('[data-search-dialog-close]')!.addEventListener('click', () => dialog.close());
  // Focus trap: Tab from the last control goes to the first, Shift+Tab from the first to the last.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const controls = [...dialog.querySelectorAll<HTMLElement>('input, button, a[href]')];
    const [first, last] = [controls[0], controls[controls.length - 1]];
    if (event.shiftKey ? document.activeElement === first : document.activeElement === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  });
  // A click on the backdrop (the dialog element itself, outside its content box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target !== dialog) return;
    const r = dialog.getBoundingClientRect();
    const inside = event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
    if (!inside) dialog.close();
  });
  dialog.addEventListener('close', () => {
    clearTimeout(typing);
    const header = document.querySelector<HTMLInputElement>('[data-search-header]');
    if (header) header.value = parts.input.value;
    // Focus goes back where it was before the dialog opened.
    (parts.opener?.isConnected ? parts.opener : header)?.focus({ preventScroll: true });
  });
  wired.set(dialog, parts);
  return parts;
}

/**
 * Wires the search dialog (once), which the caller has opened, and searches what its box holds;
 * `opener` gets the focus back on close.
 */
export function openSearchDialog(dialog: HTMLDialogElement, opener: HTMLElement | null): void {
  const parts = wired.get(dialog) ?? wire(dialog);
  parts.opener = opener;
  if (!dialog.open) dialog.showModal();
  parts.input.focus();
  void run(parts);
}
