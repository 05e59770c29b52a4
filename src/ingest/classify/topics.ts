/** Ranks the taxonomy's topics for an article by keyword frequency (title matches weigh more). */
import type { Topic } from '../../collections/taxonomy.ts';
import { countMatches, termMatcher, type TermMatcher } from './terms.ts';

/** A topic with its compiled keywords. */
export interface TopicMatcher {
  slug: string;
  matcher: TermMatcher;
}

/** A topic's score for one article. */
export interface TopicScore {
  slug: string;
  score: number;
}

/** One title match weighs as much as this many matches per 1,000 body characters … */
const TITLE_WEIGHT = 3;
/** … and one match in a body heading (一、… （一）…) this many: headings say what a part is about. */
const HEADING_WEIGHT = 1;
/** Topics scoring below this share of the best one are not central enough to list. */
const RELATIVE_CUTOFF = 0.25;
const MAX_TOPICS = 5;

/** Compiles the taxonomy's keywords (the topic's name counts as a keyword). */
export function topicMatchers(topics: readonly Topic[]): TopicMatcher[] {
  return topics.map((t) => ({ slug: t.slug, matcher: termMatcher([t.name, ...t.keywords]) }));
}

/** The text a topic score reads: title (and subtitle), the body's headings, and the whole body. */
export interface TopicText {
  head: string;
  headings: string;
  body: string;
}

/**
 * Every topic's score: title matches × 3, heading matches × 1, plus body matches per 1,000
 * characters (bodies shorter than 500 characters count as 500).
 */
export function scoreTopics(text: TopicText, topics: readonly TopicMatcher[]): TopicScore[] {
  const per1000 = 1000 / Math.max(text.body.length, 500);
  return topics.map(({ slug, matcher }) => ({
    slug,
    score:
      TITLE_WEIGHT * countMatches(text.head, matcher) +
      HEADING_WEIGHT * countMatches(text.headings, matcher) +
      countMatches(text.body, matcher) * per1000,
  }));
}

/**
 * The 1–5 most central topics with their scores, best first: those scoring at least a quarter of
 * the best; ties keep taxonomy order. With no keyword match at all, the taxonomy's first topic.
 */
export function rankTopics(text: TopicText, topics: readonly TopicMatcher[]): TopicScore[] {
  const scores = scoreTopics(text, topics)
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const best = scores[0]!.score;
  const central = best === 0 ? scores.slice(0, 1) : scores.filter((s) => s.score > 0 && s.score >= RELATIVE_CUTOFF * best);
  return central.slice(0, MAX_TOPICS).map(({ slug, score }) => ({ slug, score }));
}
