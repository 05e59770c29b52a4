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

/** What each kind of alteration (frontmatter `altered`) is called on the page and in reports. */
export const ALTERATION_LABELS: Record<AlterationKind, string> = {
  masked: '词语被星号屏蔽',
  initials: '人名被换成拼音缩写',
  'masked-place': '地名被换成“aa”',
  spin: '词语被同义替换',
  placeholder: '模板占位符未填写',
};
