/** The classify stage: derives typed frontmatter from a structured article. Pure given its context. */
import type { Classification, StructuredArticle } from '../types.ts';
import type { ClassifyContext } from './context.ts';
import { ALTERATION_LABELS } from '../../lib/labels.ts';
import { findAlterations } from './altered.ts';
import { isDateBlock, parseDateline, parsePageDate, type StatedDate } from './date.ts';
import { estimateEra, formatRange, quoteBinding, yearConflict } from './era.ts';
import { classifyKind } from './kind.ts';
import { classifyLevel, TITLE_ORGAN } from './level.ts';
import { findSpeakerOrgan } from './people.ts';
import { resolvePlace, shortName } from './place.ts';
import { judgeScope } from './scope.ts';
import { extractSummary } from './summary.ts';
import { articleText, type ArticleText } from './article-text.ts';
import { rankTopics } from './topics.ts';

export type { ClassifyContext } from './context.ts';
export { createClassifyContext, loadClassifyContext } from './context.ts';
export { findDuplicates } from './duplicates.ts';
export { articleText } from './article-text.ts';

/** Gazetteer levels as document levels. */
const PLACE_LEVEL = { 1: 'province', 2: 'prefecture', 3: 'county' } as const;

/** How many blocks at either end of the body may hold a dateline the structure stage left there. */
const DATE_BLOCK_REACH = 3;

/**
 * The explicit dateline: the structure stage's `dateline`, else the byline's date (陆良县人大常委会
 * 2024年4月), else a block near the start or end of the body that is only a date, else a subtitle
 * naming the occasion's date (——2026年1月28日在…上), else the web page's own date (发布时间：…,
 * a bare timestamp) that cleaning removed as page chrome.
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
  if (date) {
    notes.push(`日期取自正文中单独成行的落款“${block!.text}”`);
    return date;
  }
  // A subtitle giving the occasion: ——2026年1月28日在…会议上.
  const occasion = article.subtitle && /^[—–-]*\s*(?:[（(]?\d{4}\s*年)/u.test(article.subtitle) ? parseDateline(article.subtitle) : undefined;
  if (occasion) {
    notes.push(`日期取自副标题“${article.subtitle}”`);
    return occasion;
  }
  // The date the web page was published, from a meta line or timestamp cleaning removed.
  for (const r of article.removed) {
    const page = r.kind === 'boilerplate' ? parsePageDate(r.text) : undefined;
    if (page) {
      notes.push(`日期取自网页的发布时间“${r.text}”`);
      return page;
    }
  }
  return undefined;
}

/** Why each inferred field has its value: the cue, matches or counts it rests on (Chinese, for reports). */
export type Evidence = Partial<Record<keyof Classification, string>>;

/** What the classify stage returns for one article. */
export interface ClassifyResult {
  data: Classification;
  /** Judgement calls and conflicts, for the ingest report. */
  notes: string[];
  evidence: Evidence;
}

/**
 * Classifies one article: every frontmatter field except provenance, with evidence per inferred
 * field and notes explaining judgement calls.
 */
export function classifyArticle(article: StructuredArticle, context: ClassifyContext): ClassifyResult {
  const notes: string[] = [];
  const evidence: Evidence = {};
  const text = articleText(article);
  const { speaker, organ } = findSpeakerOrgan(article);

  const kind = classifyKind({ head: text.head, byline: article.byline, salutation: article.salutation, body: text.body });
  evidence.kind = kind.evidence;
  if (kind.note) notes.push(kind.note);

  const stated = statedDate(article, text, notes);
  const era = estimateEra(text.all, context.eras);
  const conflict = yearConflict(era, stated?.year, text.body);
  let year = stated?.year ?? null;
  if (stated) evidence.year = evidence.date = `落款“${stated.text}”`;
  if (era) evidence.era = `正文提及${era.evidence.map((e) => `“${e.text}”（${formatRange(e.from, e.to)}）`).join('')}`;
  if (!stated && era && era.from !== null && era.from === era.to) {
    year = era.from;
    evidence.year = `无落款日期，按正文提及的${quoteBinding(era)}推定`;
    notes.push(`${evidence.year}为${year}年`);
  }
  if (conflict) {
    evidence.yearConflict = conflict;
    notes.push(`年份矛盾：${conflict}`);
  }

  const chrome = article.removed.filter((r) => r.kind === 'boilerplate').map((r) => r.text).join('\n');
  const located = resolvePlace({ head: text.head, byline: article.byline, body: text.body, ...(chrome ? { chrome } : {}) }, context.gazetteer);
  if (!located.place) {
    const cue = context.placeCues.provinces.map((p) => ({ ...p, m: p.pattern.exec(text.all) })).find((p) => p.m);
    if (cue) {
      const { code, name } = cue.division;
      located.place = { name, province: name, code };
      located.evidence = `正文中的“${cue.m![0]}”指${name}`;
      notes.push(`文中未写地名，按“${cue.m![0]}”定为${name}`);
    }
  }
  if (located.evidence) evidence.place = located.evidence;
  notes.push(...located.notes);

  const organPlace = located.part === 'byline' && located.level ? PLACE_LEVEL[located.level] : undefined;
  const placeLevel = located.part !== 'body' && located.level ? PLACE_LEVEL[located.level] : undefined;
  const short = located.place ? (shortName(located.place.name) ?? located.place.name) : undefined;
  const titlePlace = placeLevel && {
    level: placeLevel,
    asOrgan: TITLE_ORGAN.test(article.title),
    atStart: located.part === 'head' && article.title.startsWith(short!),
  };
  const countyCityCue = context.placeCues.countyLevelCity?.exec(text.all)?.[0];
  const level = classifyLevel({
    head: text.head,
    organ,
    organPlace,
    ...(titlePlace ? { titlePlace } : {}),
    ...(countyCityCue ? { countyCityCue } : {}),
    ...(located.place && located.level ? { place: { name: located.place.name, level: PLACE_LEVEL[located.level] } } : {}),
    body: text.body,
  });
  evidence.level = level.evidence;
  notes.push(...level.notes);

  const topics = rankTopics(text, context.topics);
  evidence.topics = topics.map((t) => `${t.slug} ${t.score.toFixed(1)}`).join('、');

  const scope = judgeScope(text.all, context.scope);
  evidence.onTopic = `人大工作用语${scope.inside}次，政协、工商联等其他机关用语${scope.outside}次`;
  if (!scope.onTopic) notes.push(`${evidence.onTopic}，标为非人大工作材料`);

  const altered = findAlterations([text.all, article.byline ?? '', article.dateline ?? ''], article.removed, context.altered);
  if (altered.length) evidence.altered = altered.map((a) => `${ALTERATION_LABELS[a.kind]}${a.count}处（${a.examples.join('；')}）`).join('，');

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
    topics: topics.map((t) => t.slug),
    onTopic: scope.onTopic,
    ...(altered.length ? { altered } : {}),
    summary: extractSummary(text, article.title),
  };
  return { data, notes, evidence };
}
