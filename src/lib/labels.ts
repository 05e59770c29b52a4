/** Chinese display names of the document kinds, levels and alterations (the frontmatter stores ASCII values). */
import type { AlterationKind, DocumentKind, DocumentLevel } from '../schemas/document.ts';

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

/**
 * The site's one vocabulary for what documents are filed under: navigation, filters (the
 * all-documents page and search), facet pages and the document page all use these words.
 */
export const FACET_LABELS = {
  topic: '专题',
  level: '层级',
  kind: '类型',
  year: '年份',
  period: '时期',
  place: '地区',
  province: '省份',
} as const;

/** Where a document came from (the original compilation and lines): 出处, on every page that mentions it. */
export const SOURCE_LABEL = '出处';

/** What each kind of alteration (frontmatter `altered`) is called on the page and in reports. */
export const ALTERATION_LABELS: Record<AlterationKind, string> = {
  masked: '词语被星号屏蔽',
  initials: '人名被换成拼音缩写',
  'masked-place': '地名被换成“aa”',
  spin: '词语被同义替换',
  placeholder: '模板占位符未填写',
};
