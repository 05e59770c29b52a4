/**
 * Search links for a topic (or a guide step) the catalogue has no documents for: its name and
 * keywords, each with the number of documents whose title or text contains it, counted at build
 * time on the same normalized text the site's search matches (src/scripts/search/normalize.ts).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { splitFrontmatter } from '../frontmatter.ts';
import { normalize } from '../scripts/search/normalize.ts';
import type { Topic } from '../taxonomy.ts';
import { getCorpus } from './corpus.ts';

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

/** Counts, once per build, the documents containing each topic's name and keywords. */
async function countTopicTerms(): Promise<Map<string, number>> {
  const { all, topics } = await getCorpus();
  const terms = [...new Set(topics.flatMap((t) => [t.name, ...t.keywords]))].map((term) => [term, normalize(term)] as const);
  const result = new Map(terms.map(([term]) => [term, 0]));
  for (const doc of all) {
    const file = await readFile(resolve(doc.filePath!), 'utf8');
    const text = normalize(`${doc.data.title}\n${splitFrontmatter(file)?.body ?? file}`);
    for (const [term, normal] of terms) if (text.includes(normal)) result.set(term, result.get(term)! + 1);
  }
  return result;
}

/**
 * The search links for topics: their names first, then their keywords by count (at most five in
 * all); terms found nowhere are left out.
 */
export async function topicSearchHints(...topics: Topic[]): Promise<SearchHint[]> {
  const found = await (counts ??= countTopicTerms());
  const hint = (term: string) => ({ term, count: found.get(term) ?? 0, path: `search/?q=${encodeURIComponent(term)}` });
  const names = topics.map((t) => t.name);
  const keywords = [...new Set(topics.flatMap((t) => t.keywords))].filter((k) => !names.includes(k));
  return [...names.map(hint), ...keywords.map(hint).sort((a, b) => b.count - a.count)].filter((h) => h.count > 0).slice(0, MAX_HINTS);
}
