/** Reads the topic taxonomy (content/topics.yaml), shared by ingestion, content config and pages. */
import { readFileSync } from 'node:fs';
import { parseDataFile } from '../schemas/data-file.ts';
import { topicsSchema } from '../schemas/topics.ts';

export interface Topic {
  slug: string;
  name: string;
  description: string;
  keywords: string[];
}

/** Default location of the taxonomy data file, relative to the project root. */
export const TOPICS_FILE = 'content/topics.yaml';

/** Loads and checks the taxonomy (src/schemas/topics.ts); errors list every problem with its file and place. */
export function loadTopics(file: string | URL = TOPICS_FILE): Topic[] {
  return parseDataFile(topicsSchema, readFileSync(file, 'utf8'), String(file));
}
