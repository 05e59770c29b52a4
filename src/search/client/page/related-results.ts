/**
 * The related-results section of the search page, below the exact results when these are few:
 * documents with all or some of the query's words (../related.ts), a note on how they were found.
 */
import type { FederatedClient, FederatedResults } from '../federation.ts';
import { rankRelated, relatedPlan, relatedPossible, RELATED_LIMIT } from '../related.ts';
import { renderResult, type LinkOptions } from '../render.ts';

/** Below this many exact results, related results are shown too. */
const FEW = 10;

/** The section's elements: the section, its result list and its note. */
export interface RelatedSection {
  box: HTMLElement;
  list: HTMLOListElement;
  note: HTMLElement;
}

/** Finds the related-results section in a search UI. */
export function findRelated(root: HTMLElement): RelatedSection {
  return {
    box: root.querySelector<HTMLElement>('[data-search-related-section]')!,
    list: root.querySelector<HTMLOListElement>('[data-search-related-list]')!,
    note: root.querySelector<HTMLElement>('[data-search-related-note]')!,
  };
}

/** Whether related results follow `count` exact results of `terms`: these are few, and related results can add something. */
export function relatedWanted(terms: readonly string[], count: number): boolean {
  return terms.length > 0 && count < FEW && relatedPossible(terms, relatedPlan(terms));
}

/**
 * Shows the related results of `terms` (excluding the exact ones in `result`) in `section`;
 * resolves with their documents, or with undefined when `current()` turned false (a newer search started).
 */
export async function renderRelated(
  section: RelatedSection,
  client: FederatedClient,
  links: LinkOptions,
  terms: string[],
  result: FederatedResults,
  current: () => boolean,
): Promise<number[] | undefined> {
  const plan = relatedPlan(terms);
  const [wordHits, pairHits] = await Promise.all([
    Promise.all(plan.words.map((w) => client.matches(w))),
    Promise.all(plan.pairs.map((p) => client.matches(p))),
  ]);
  if (!current()) return undefined;
  const related = rankRelated(result.meta, plan, wordHits, pairHits, new Set(result.docs), result.selection, RELATED_LIMIT);
  const fragments = await Promise.all(related.map((r) => client.fragment(r.doc)));
  if (!current()) return undefined;
  section.list.replaceChildren(...fragments.map((f, i) => renderResult(links, f, terms, { matched: related[i].matched, words: plan.words })));
  section.note.textContent = related.length
    ? `按词语 ${plan.words.join('、')} 查找：先列出包含全部词语、且词语相连的文档。`
    : `没有包含 ${plan.words.join('、')} 等词语的其他文档。`;
  section.box.hidden = false;
  return related.map((r) => r.doc);
}
