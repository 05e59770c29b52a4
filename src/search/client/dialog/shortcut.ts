/**
 * The search entry of every page (loaded by the header's SearchBox): `/` and Ctrl/⌘K open the
 * search dialog (#search-dialog), and so do clicking or typing in the header's search box
 * (#site-search-q). The search page focuses its own box on `/` instead (../page/search-form.ts). The dialog's code
 * (dialog.ts, with the search client) is loaded on first use, so pages carry only this small module.
 */

/**
 * Opens the search dialog with `query`: at once, so what the user types next goes into its box,
 * then loads its code (the first time) and searches what the box holds; `opener` gets focus back.
 */
async function open(dialog: HTMLDialogElement, query: string, opener: Element | null): Promise<void> {
  if (!dialog.open) {
    const input = dialog.querySelector('input')!;
    input.value = query;
    dialog.showModal();
    input.focus();
  }
  (await import('./dialog.ts')).openSearchDialog(dialog, opener as HTMLElement | null);
}

/** Wires the shortcuts and the header box to the search dialog. */
export function installSearchShortcuts(): void {
  const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  const header = document.getElementById('site-search-q') as HTMLInputElement;
  if (!dialog) return;
  document.addEventListener('keydown', (event) => {
    // Ctrl/⌘K anywhere, `/` outside text fields; never while an input method composes.
    const wanted =
      event.ctrlKey || event.metaKey ? event.key.toLowerCase() === 'k' : event.key === '/' && !(event.target as Element).closest?.('input,textarea,select,[contenteditable]');
    if (!wanted || event.isComposing || event.defaultPrevented) return;
    event.preventDefault();
    void open(dialog, '', event.target as Element);
  });
  const fromHeader = () => void open(dialog, header.value, header);
  header.addEventListener('click', fromHeader);
  // Typing in the header box continues in the dialog, where results show as one types.
  header.addEventListener('input', (event) => (event as InputEvent).isComposing || fromHeader());
  header.addEventListener('compositionend', fromHeader);
}
