/** The browse pages a search page points to when it cannot search (no JavaScript): path under the base, label. */
import { FACET_LABELS } from '../../../lib/labels.ts';

export const FACET_INDEX_LINKS: readonly [path: string, label: string][] = [
  ['topics/', FACET_LABELS.topic],
  ['docs/', '全部文档'],
  ['levels/', `按${FACET_LABELS.level}`],
  ['places/', `按${FACET_LABELS.place}`],
  ['years/', `按${FACET_LABELS.year}`],
  ['periods/', `按${FACET_LABELS.period}`],
  ['kinds/', `按${FACET_LABELS.kind}`],
];
