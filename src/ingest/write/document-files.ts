/**
 * The document files of an ingest run. Serializing every document (toMarkdown: YAML frontmatter and
 * escaped Markdown) was most of a re-run that changed little. A memo from the last run maps the
 * digest of a document's inputs (its path and final frontmatter, which names the source file, its
 * SHA-256 and the article's lines) to the SHA-256 of the text written for it. When both still
 * match, and the file still holds that text, serializing would give that text again: the file's
 * text is reused. The memo lives in the ingest cache's folder, so a change to the pipeline's code
 * or data (the cache fingerprint) starts it afresh.
 */
import { DOCUMENT_EXTENSION } from '../../collections/content-dir.ts';
import type { AssembledDocument } from '../assemble.ts';
import { sha256, type PlannedFile } from './output-plan.ts';
import { toMarkdown } from './to-markdown.ts';

/** SHA-256 of the text written for a document, by the digest of its inputs. */
export type OutputMemo = Map<string, string>;

/** A document's file, relative to the output folder. */
export const documentPath = (doc: Pick<AssembledDocument, 'collection' | 'id'>): string =>
  `${doc.collection}/${doc.id}${DOCUMENT_EXTENSION}`;

/**
 * The file of each document; `current` reads a file of the output folder. With a `memo`, unchanged
 * documents take their text from their file, and on return the memo holds this run's documents.
 */
export function documentFiles(
  docs: readonly AssembledDocument[],
  current: (path: string) => string | undefined,
  memo?: OutputMemo,
): PlannedFile[] {
  const next: OutputMemo = new Map();
  const files = docs.map((doc) => {
    const path = documentPath(doc);
    if (!memo) return { path, content: toMarkdown(doc.data, doc.body) };
    const inputs = sha256(`${path}\0${JSON.stringify(doc.data)}`);
    const written = memo.get(inputs);
    const onDisk = written === undefined ? undefined : current(path);
    const content = onDisk !== undefined && sha256(onDisk) === written ? onDisk : toMarkdown(doc.data, doc.body);
    const digest = content === onDisk ? written! : sha256(content);
    next.set(inputs, digest);
    return { path, content, digest };
  });
  if (memo) {
    memo.clear();
    for (const [inputs, digest] of next) memo.set(inputs, digest);
  }
  return files;
}
