/** The browse pages a search page points to when it cannot search (no JavaScript): path under the base, label. */
export const FACET_INDEX_LINKS: readonly [path: string, label: string][] = [
  ['docs/', '全部文档'],
  ['levels/', '按层级'],
  ['places/', '按地区'],
  ['years/', '按年份'],
  ['kinds/', '按类型'],
];
