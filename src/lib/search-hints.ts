/**
 * Search links for a topic the catalogue has no documents for (its page, a guide step): its name
 * and keywords, each with the number of documents whose title or text contains it, counted at
 * build time as the site's search matches (src/search/shared/normalize.ts): whitespace and
 * invisible characters ignored. (Search also folds full-width forms; topic names and keywords are
 * Chinese words, which folding leaves as they are.) Only empty topics' terms are counted, in one
 * pass over the documents, and only when a page asks: a build where every topic has documents reads nothing.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { splitFrontmatter } from '../collections/frontmatter.ts';
import { IGNORED, normalize } from '../search/shared/normalize.ts';
import type { Topic } from '../collections/taxonomy.ts';
import { getCorpus } from './corpus.ts';
import { topicCount } from './topic-index.ts';

export interface SearchHint {
  term: string;
  /** Documents (any, duplicates included, as search finds them) whose title or text contains the term. */
  count: number;
  /** Site path of the search: `search/?q=…`. */
  path: string;
}

/** How many search links a hint offers at most. */
const MAX_HINTS = 5;

let counts: Promise<Map<string, number>> | undefined;

const IGNORED_ALL = new RegExp(IGNORED.source, 'gu');

/** Counts, once per build, the documents containing each empty topic's name and keywords. */
async function countTopicTerms(): Promise<Map<string, number>> {
  const { all, topics, index } = await getCorpus();
  const empty = topics.filter((t) => topicCount(index, t.slug) === 0);
  const terms = [...new Set(empty.flatMap((t) => [t.name, ...t.keywords]))].map((term) => [term, normalize(term)] as const);
  const result = new Map(terms.map(([term]) => [term, 0]));
  for (const doc of all) {
    const file = await readFile(resolve(doc.filePath!), 'utf8');
    const text = `${doc.data.title}\n${splitFrontmatter(file)?.body ?? file}`.replace(IGNORED_ALL, '');
    for (const [term, normal] of terms) if (text.includes(normal)) result.set(term, result.get(term)! + 1);
  }
  return result;
}

/**
 * The search links for topics without documents (topicCount 0): their names first, then their
 * keywords by count (at most five in all); terms found nowhere are left out. Throws for a topic
 * that has documents: link to its page instead.
 */
export async function topicSearchHints(...topics: Topic[]): Promise<SearchHint[]> {
  const { index } = await getCorpus();
  for (const t of topics) if (topicCount(index, t.slug) > 0) throw new Error(`topicSearchHints: topic "${t.slug}" has documents`);
  const found = await (counts ??= countTopicTerms());
  const hint = (term: string) => ({ term, count: found.get(term) ?? 0, path: `search/?q=${encodeURIComponent(term)}` });
  const names = topics.map((t) => t.name);
  const keywords = [...new Set(topics.flatMap((t) => t.keywords))].filter((k) => !names.includes(k));
  return [...names.map(hint), ...keywords.map(hint).sort((a, b) => b.count - a.count)].filter((h) => h.count > 0).slice(0, MAX_HINTS);
}
