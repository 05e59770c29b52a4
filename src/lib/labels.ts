/** Chinese display names of the document kinds and levels (the frontmatter stores ASCII values). */
import type { DocumentKind, DocumentLevel } from '../schemas/document.ts';

/** 讲话 / 经验交流 / 汇报·总结 / 其他, in display order. */
export const KIND_LABELS: Record<DocumentKind, string> = {
  speech: '讲话',
  experience: '经验交流',
  report: '汇报·总结',
  other: '其他',
};

/** Level of the speaking or reporting body, from the top down. */
export const LEVEL_LABELS: Record<DocumentLevel, string> = {
  province: '省级',
  prefecture: '市级',
  county: '县级',
  township: '乡镇',
  unknown: '层级不详',
};
