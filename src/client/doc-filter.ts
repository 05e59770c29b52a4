/**
 * Enhances the all-documents page: the facet links become toggles that filter the list in place.
 * Values of one facet combine with OR, facets with AND; the selection lives in the URL query
 * (`?level=county&topic=township`, next to any other parameter such as ?embed=1), so it can be
 * shared and survives reloads. Each toggle's
 * count becomes the number of listed documents it would leave.
 */
type Selection = Map<string, Set<string>>;

const items = [...document.querySelectorAll<HTMLElement>('[data-filter-list] li')];
const toggles = [...document.querySelectorAll<HTMLAnchorElement>('a[data-filter]')];
const status = document.querySelector<HTMLElement>('[data-filter-status]');
const clear = document.querySelector<HTMLButtonElement>('[data-filter-clear]');
const facets = [...new Set(toggles.map((t) => t.dataset.filter!))];

function read(): Selection {
  const params = new URLSearchParams(location.search);
  return new Map(facets.map((f) => [f, new Set(params.getAll(f))]));
}

function matches(item: HTMLElement, selection: Selection, skip?: string): boolean {
  for (const [facet, values] of selection) {
    if (facet === skip || values.size === 0) continue;
    const own = (item.dataset[facet] ?? '').split(' ');
    if (!own.some((v) => values.has(v))) return false;
  }
  return true;
}

function apply(selection: Selection): void {
  let shown = 0;
  for (const item of items) {
    item.hidden = !matches(item, selection);
    if (!item.hidden) shown++;
  }
  for (const toggle of toggles) {
    const facet = toggle.dataset.filter!;
    const value = toggle.dataset.value!;
    toggle.setAttribute('aria-pressed', String(selection.get(facet)!.has(value)));
    const count = items.filter((i) => matches(i, selection, facet) && (i.dataset[facet] ?? '').split(' ').includes(value)).length;
    toggle.querySelector('[data-facet-count]')!.textContent = String(count);
  }
  const active = [...selection.values()].some((s) => s.size > 0);
  if (clear) clear.hidden = !active;
  if (status) status.textContent = active ? `符合条件的文档：${shown} 篇（共 ${items.length} 篇）` : `共 ${items.length} 篇。点选下列条件筛选。`;
}

/** Puts the selection in the URL, keeping every other parameter (?embed=1&target=… in a portal's frame). */
function write(selection: Selection): void {
  const params = new URLSearchParams(location.search);
  for (const facet of facets) params.delete(facet);
  for (const [facet, values] of selection) for (const v of values) params.append(facet, v);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

let selection = read();
for (const toggle of toggles) {
  toggle.setAttribute('role', 'button');
  const flip = (event: Event) => {
    event.preventDefault();
    const values = selection.get(toggle.dataset.filter!)!;
    const value = toggle.dataset.value!;
    if (values.has(value)) values.delete(value);
    else values.add(value);
    write(selection);
    apply(selection);
  };
  toggle.addEventListener('click', flip);
  toggle.addEventListener('keydown', (event) => {
    if (event.key === ' ') flip(event);
  });
}
clear?.addEventListener('click', () => {
  selection = new Map(facets.map((f) => [f, new Set<string>()]));
  write(selection);
  apply(selection);
});
apply(selection);

// A module, not a global script: its names stay private.
export {};
