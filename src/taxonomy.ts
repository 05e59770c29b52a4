/** Reads the topic taxonomy (content/topics.yaml), shared by ingestion, content config and pages. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface Topic {
  slug: string;
  name: string;
  description: string;
  keywords: string[];
}

/** Default location of the taxonomy data file, relative to the project root. */
export const TOPICS_FILE = 'content/topics.yaml';

/** Loads and checks the taxonomy; throws naming the file and entry when an entry is malformed. */
export function loadTopics(file: string | URL = TOPICS_FILE): Topic[] {
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data) || data.length === 0) {
    throw new Error(`${String(file)}: expected a non-empty list of topics`);
  }
  return data.map((entry, i) => {
    const { slug, name, description, keywords } = (entry ?? {}) as Record<string, unknown>;
    if (typeof slug !== 'string' || !/^[a-z0-9-]+$/.test(slug)) {
      throw new Error(`${String(file)}: topic #${i + 1}: slug must be lowercase ASCII (a-z, 0-9, -)`);
    }
    if (typeof name !== 'string' || !name) throw new Error(`${String(file)}: topic ${slug}: name is missing`);
    if (!Array.isArray(keywords) || keywords.some((k) => typeof k !== 'string')) {
      throw new Error(`${String(file)}: topic ${slug}: keywords must be a list of strings`);
    }
    return { slug, name, description: typeof description === 'string' ? description : '', keywords };
  });
}
