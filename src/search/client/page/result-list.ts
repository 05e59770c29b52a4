/**
 * The list of exact results of the search page, a page at a time: the first page, then twice as
 * many per click on the 再显示 button, whose label says how many are left.
 */
import type { FederatedClient } from '../federation.ts';
import { renderResult, type LinkOptions } from '../render.ts';

/** Results per page: six fragments load in one round of HTTP/1.1 connections (browsers open six per host). */
const PAGE_SIZE = 6;

/** The exact results of the current search, shown a page at a time. */
export class ResultList {
  /** Results shown. */
  shown = 0;
  private next: () => Promise<void> = async () => {};
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly client: FederatedClient;
  private readonly links: LinkOptions;

  /** `list`: the result list; `more`: the button that shows more; `links`: where result links point. */
  constructor(list: HTMLOListElement, more: HTMLButtonElement, client: FederatedClient, links: LinkOptions) {
    this.list = list;
    this.more = more;
    this.client = client;
    this.links = links;
  }

  /** Empties the list and forgets how many results it showed. */
  reset(): void {
    this.list.replaceChildren();
    this.shown = 0;
  }

  /** Empties the list, keeping the number shown (that the history entry keeps) as it was. */
  empty(): void {
    this.list.replaceChildren();
  }

  /** Hides the button that shows more. */
  hideMore(): void {
    this.more.hidden = true;
  }

  /** Starts loading the fragments of the first results (at least a page, `upTo` when more). */
  prefetch(docs: readonly number[], upTo: number): void {
    for (const doc of docs.slice(0, Math.max(PAGE_SIZE, upTo))) void this.client.fragment(doc);
  }

  /** Empties the list for the results `docs` of `terms`, shown by showMore() while `current()` holds. */
  start(docs: readonly number[], terms: string[], current: () => boolean): void {
    this.reset();
    this.next = async () => {
      const page = docs.slice(this.shown, this.shown + (this.shown ? PAGE_SIZE * 2 : PAGE_SIZE));
      const fragments = await Promise.all(page.map((doc) => this.client.fragment(doc)));
      if (!current()) return;
      this.list.append(...fragments.map((f) => renderResult(this.links, f, terms)));
      this.shown += page.length;
      const left = docs.length - this.shown;
      this.more.hidden = left <= 0;
      this.more.textContent = `再显示 ${Math.min(left, PAGE_SIZE * 2)} 篇（还有 ${left} 篇）`;
    };
  }

  /** Shows the next page of results. */
  showMore(): Promise<void> {
    return this.next();
  }

  /** Shows the next page when the button is clicked (one page at a time), then calls `shown`. */
  watchMore(shown: () => void): void {
    // One page at a time: a second click while a page loads would append the same page again.
    let loadingMore = false;
    this.more.addEventListener('click', async () => {
      if (loadingMore) return;
      loadingMore = true;
      try {
        await this.showMore();
      } finally {
        loadingMore = false;
      }
      shown();
    });
  }
}
