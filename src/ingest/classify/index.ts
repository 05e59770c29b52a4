/** The classify stage: derives typed frontmatter from a structured article. Pure given its context. */
import type { Classification, StructuredArticle } from '../types.ts';
import type { ClassifyContext } from './context.ts';
import { isDateBlock, parseDateline, type StatedDate } from './date.ts';
import { estimateEra, quoteBinding, yearConflict } from './era.ts';
import { classifyKind } from './kind.ts';
import { classifyLevel } from './level.ts';
import { findSpeakerOrgan } from './people.ts';
import { resolvePlace } from './place.ts';
import { judgeScope } from './scope.ts';
import { extractSummary } from './summary.ts';
import { articleText, type ArticleText } from './text.ts';
import { rankTopics } from './topics.ts';

export type { ClassifyContext } from './context.ts';
export { createClassifyContext, loadClassifyContext } from './context.ts';
export { findDuplicates } from './duplicates.ts';

/** How many blocks at either end of the body may hold a dateline the structure stage left there. */
const DATE_BLOCK_REACH = 3;

/**
 * The explicit dateline: the structure stage's `dateline`, else the byline's date (陆良县人大常委会
 * 2024年4月), else a block near the start or end of the body that is only a date.
 */
function statedDate(article: StructuredArticle, text: ArticleText, notes: string[]): StatedDate | undefined {
  for (const line of [article.dateline, article.byline]) {
    const date = line ? parseDateline(line) : undefined;
    if (date) return date;
  }
  const { blocks } = text;
  const edges = [...blocks.slice(0, DATE_BLOCK_REACH), ...blocks.slice(-DATE_BLOCK_REACH)];
  const block = edges.find((b) => !b.heading && isDateBlock(b.text));
  const date = block ? parseDateline(block.text) : undefined;
  if (date) notes.push(`日期取自正文中单独成行的落款“${block!.text}”`);
  return date;
}

/** Classifies one article: every frontmatter field except provenance, with notes explaining judgement calls. */
export function classifyArticle(
  article: StructuredArticle,
  context: ClassifyContext,
): { data: Classification; notes: string[] } {
  const notes: string[] = [];
  const text = articleText(article);
  const { speaker, organ } = findSpeakerOrgan(article);

  const kind = classifyKind({ head: text.head, byline: article.byline, salutation: article.salutation, body: text.body });
  if (kind.note) notes.push(kind.note);
  const level = classifyLevel({ head: text.head, organ, body: text.body });
  notes.push(...level.notes);

  const stated = statedDate(article, text, notes);
  const era = estimateEra(text.all, context.eras);
  const conflict = yearConflict(era, stated?.year, text.body);
  let year = stated?.year ?? null;
  if (!stated && era && era.from !== null && era.from === era.to) {
    year = era.from;
    notes.push(`无落款日期，年份按正文提及的${quoteBinding(era)}推定为${year}年`);
  }
  if (conflict) notes.push(`年份矛盾：${conflict}`);

  const located = resolvePlace([text.all, article.byline ?? ''].join('\n'), context.gazetteer);
  notes.push(...located.notes);

  const scope = judgeScope(text.all, context.scope);
  if (!scope.onTopic) {
    notes.push(`人大工作用语${scope.inside}次，政协、工商联等其他机关用语${scope.outside}次，标为非人大工作材料`);
  }

  const data: Classification = {
    title: article.title,
    ...(article.subtitle ? { subtitle: article.subtitle } : {}),
    kind: kind.kind,
    level: level.level,
    year,
    ...(stated ? { date: stated.date } : {}),
    ...(era ? { era: { from: era.from, to: era.to, basis: era.basis } } : {}),
    ...(conflict ? { yearConflict: conflict } : {}),
    ...(located.place ? { place: located.place } : {}),
    ...(speaker ? { speaker } : {}),
    ...(organ ? { organ } : {}),
    topics: rankTopics(text, context.topics),
    onTopic: scope.onTopic,
    summary: extractSummary(text, article.title),
  };
  return { data, notes };
}
