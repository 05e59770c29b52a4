/**
 * The search entry of every page (loaded by the header's SearchBox): `/` and Ctrl/⌘K open the
 * search dialog, and so do clicking or typing in the header's search box. On the search page, `/`
 * focuses the page's own box instead. The dialog's code (dialog.ts, with the search client) is
 * loaded on first use, so pages carry only this small module.
 */

/** Whether keys typed into `target` are the user's text (so `/` is not a shortcut there). */
function inField(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

/**
 * Opens the search dialog (`dialog`) with `query`: at once, so what the user types next goes into
 * its box, then loads its code (the first time) and searches what the box holds.
 */
async function open(dialog: HTMLDialogElement, query: string, opener: HTMLElement | null): Promise<void> {
  if (!dialog.open) {
    const input = dialog.querySelector<HTMLInputElement>('[data-search-dialog-input]')!;
    input.value = query;
    dialog.showModal();
    input.focus();
  }
  const { openSearchDialog } = await import('./dialog.ts');
  openSearchDialog(dialog, opener);
}

/** Wires the shortcuts and the header box to the search dialog `[data-search-dialog]`. */
export function installSearchShortcuts(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  const header = document.querySelector<HTMLInputElement>('[data-search-header]');
  document.addEventListener('keydown', (event) => {
    if (event.isComposing || event.altKey) return;
    const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !inField(event.target);
    if (!commandK && !slash) return;
    if (dialog?.open) return;
    event.preventDefault();
    const primary = document.querySelector<HTMLInputElement>('[data-search-primary]');
    if (primary) {
      primary.focus();
      primary.select();
    } else if (dialog) void open(dialog, '', document.activeElement as HTMLElement | null);
  });
  if (!dialog || !header) return;
  header.addEventListener('click', () => void open(dialog, header.value, header));
  // Typing in the header box continues in the dialog, where results show as one types.
  header.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing) return;
    void open(dialog, header.value, header);
  });
  header.addEventListener('compositionend', () => void open(dialog, header.value, header));
}
