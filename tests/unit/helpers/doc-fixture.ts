/** Builds schema-shaped document records for unit tests of the derivations in src/lib. */
import type { DocRecord } from '../../../src/lib/types.ts';
import type { DocumentData } from '../../../src/schemas/document.ts';

/** A document with sensible defaults; `data` overrides any field. */
export function doc(id: string, data: Partial<DocumentData> = {}): DocRecord {
  return {
    id,
    data: {
      title: `标题${id}`,
      kind: 'speech',
      level: 'county',
      year: 2020,
      topics: ['township'],
      onTopic: true,
      summary: '摘要。',
      source: { file: 'content/sources/a.txt', lines: [1, 2], sha256: 'a'.repeat(64) },
      ...data,
    },
  };
}
