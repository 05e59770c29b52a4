/** What a document list (components/DocList.astro) shows of one document. */
import { metaLine } from './meta.ts';
import type { DocRecord } from './types.ts';

export interface ListItem {
  id: string;
  title: string;
  /** False for material outside people's-congress work, tagged 相关资料 in lists. */
  onTopic: boolean;
  /** `县级 · 疏勒县 · 2010年 · 经验交流` (see metaLine). */
  meta: string;
  /** The summary, when the list shows summaries. */
  summary?: string;
}

const withSummaries = new WeakMap<DocRecord, ListItem>();
const withoutSummaries = new WeakMap<DocRecord, ListItem>();

/**
 * The list entry of `doc`; DocList renders exactly this, and page cache keys digest it. Built once
 * per document and variant (documents do not change during a build): treat it as read-only.
 */
export function listItem(doc: DocRecord, withSummary: boolean): ListItem {
  const cache = withSummary ? withSummaries : withoutSummaries;
  let item = cache.get(doc);
  if (!item) {
    const { title, onTopic, summary } = doc.data;
    item = { id: doc.id, title, onTopic, meta: metaLine(doc.data), ...(withSummary ? { summary } : {}) };
    cache.set(doc, item);
  }
  return item;
}
