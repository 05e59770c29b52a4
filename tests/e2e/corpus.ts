/**
 * What the tests expect, read straight from the content files (not through the site's own code):
 * every document's id and frontmatter.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { DocumentData } from '../../src/schemas/document.ts';
import { isDocumentFile } from '../../src/collections/content-dir.ts';

export interface ContentDoc {
  id: string;
  data: DocumentData;
}

/** All documents of content/speeches and content/reports. */
export function readCorpus(): ContentDoc[] {
  return ['speeches', 'reports'].flatMap((dir) =>
    readdirSync(`content/${dir}`)
      .filter(isDocumentFile)
      .map((f) => {
        const text = readFileSync(`content/${dir}/${f}`, 'utf8');
        const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)![1];
        return { id: f.replace(/\.mdx?$/, ''), data: parse(frontmatter) as DocumentData };
      }),
  );
}

/** Documents that appear in lists: all but duplicates. */
export const listedDocs = (docs: ContentDoc[]) => docs.filter((d) => !d.data.duplicateOf);

/** Count of elements per key. */
export function countBy<T>(items: T[], keys: (item: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
