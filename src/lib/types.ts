/** The plain shape of a document the derivations work on: a collection entry's id and frontmatter. */
import type { DocumentData } from '../schemas/document.ts';

export interface DocRecord {
  id: string;
  data: DocumentData;
}
