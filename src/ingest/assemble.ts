/**
 * Turns classified articles into documents: stable ids, provenance, duplicate links, human
 * overrides, and a final check of every document against the collection schema.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Classification, Removal, SourceFile, StructuredArticle, TitleCandidate } from './types.ts';
import type { DocumentData, documentSchema } from '../schemas/document.ts';
import type { Evidence } from './classify/index.ts';
import { articleId } from './ids.ts';
import type { RemovalInContext } from './removal-context.ts';
import { applyOverride, type Override } from './overrides.ts';
import { describeIssues } from '../schemas/describe-issue.ts';

/** One article with what classification said of it. */
export interface ClassifiedArticle {
  file: Pick<SourceFile, 'name' | 'sha256'>;
  article: StructuredArticle;
  data: Classification;
  notes: string[];
  /** Why each inferred field has its value (for the review page). */
  evidence?: Evidence;
  /** The article's removals with their source context (for the review page); default: without context. */
  removed?: RemovalInContext[];
}

/** A document ready to be written. */
export interface AssembledDocument {
  id: string;
  collection: 'speeches' | 'reports';
  data: DocumentData;
  body: Root;
  notes: string[];
  /** What cleaning removed from the article's source lines, and why (with context when known). */
  removed: Array<Removal | RemovalInContext>;
  /** Why each inferred field has its value, and the title texts considered (for the review page). */
  evidence: Evidence;
  titleCandidates: TitleCandidate[];
}

export interface AssembleResult {
  documents: AssembledDocument[];
  /** One message per problem, naming the document, its source and the field. */
  problems: string[];
}

export interface AssembleOptions {
  overrides: Map<string, Override>;
  /** Name of the overrides file, for messages. */
  overridesFile: string;
  schema: ReturnType<typeof documentSchema>;
  /** Maps each near-duplicate's key to its canonical key (the fuller copy). */
  findDuplicates: (docs: { key: string; text: string }[]) => Map<string, string>;
}

/** The collection a document of this kind belongs to. */
export const collectionOf = (kind: DocumentData['kind']) => (kind === 'speech' ? 'speeches' : 'reports');

/** The body a reader sees: the salutation (同志们：) as the opening paragraph, then the text. */
export function documentBody(article: StructuredArticle): Root {
  if (!article.salutation) return article.body;
  const salutation = { type: 'paragraph' as const, children: [{ type: 'text' as const, value: article.salutation }] };
  return { ...article.body, children: [salutation, ...article.body.children] };
}

/** Assembles all documents of a run; documents with problems are left out and reported. */
export function assembleDocuments(articles: ClassifiedArticle[], options: AssembleOptions): AssembleResult {
  const problems: string[] = [];
  const withIds = articles.map((a) => ({ ...a, id: articleId(a.file.name, a.article.ordinal) }));
  const seen = new Map<string, string>();
  for (const a of withIds) {
    const where = `${a.file.name}:${a.article.lines[0]}`;
    const other = seen.get(a.id);
    if (other) problems.push(`${where}: 文档 id ${a.id} 与 ${other} 的相同；请把其中一个文件改名`);
    else seen.set(a.id, where);
  }
  const duplicates = options.findDuplicates(
    withIds.map((a) => ({ key: a.id, text: [a.article.title, toString(a.article.body)].join('\n') })),
  );
  for (const id of options.overrides.keys()) {
    if (!seen.has(id)) problems.push(`${options.overridesFile}: ${id}: 没有这个 id 的文档（请对照 content/speeches、content/reports 中的文件名）`);
  }
  const documents: AssembledDocument[] = [];
  for (const a of withIds) {
    const derived: DocumentData = {
      ...a.data,
      ...(a.article.byline ? { byline: a.article.byline } : {}),
      ...(a.article.dateline ? { dateline: a.article.dateline } : {}),
      ...(duplicates.has(a.id) ? { duplicateOf: duplicates.get(a.id) } : {}),
      source: { file: a.file.name, lines: a.article.lines, sha256: a.file.sha256 },
    };
    const merged = applyOverride(derived, options.overrides.get(a.id));
    const parsed = options.schema.safeParse(merged);
    if (!parsed.success) {
      const origin = options.overrides.has(a.id) ? `（含 ${options.overridesFile} 中的修改）` : '';
      problems.push(...describeIssues(`${a.file.name}:${a.article.lines[0]} [${a.id}]${origin}`, parsed.error, merged));
      continue;
    }
    documents.push({ id: a.id, collection: collectionOf(parsed.data.kind), data: parsed.data, body: documentBody(a.article), notes: a.notes, removed: a.removed ?? a.article.removed, evidence: a.evidence ?? {}, titleCandidates: a.article.titleCandidates ?? [] });
  }
  return { documents, problems };
}
