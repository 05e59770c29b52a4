/**
 * One input file through the per-file stages: decode → split → clean → structure → classify.
 * Bad input becomes a refusal in the outcome, never an exception, so the other files go on.
 */
import { toString } from 'mdast-util-to-string';
import type { ClassifiedArticle } from '../assemble.ts';
import { classifyArticle, type ClassifyContext } from '../classify/index.ts';
import { decode } from '../decode.ts';
import { IngestError } from '../errors.ts';
import { ingestText } from '../index.ts';
import { removalsInContext } from '../removal-context.ts';
import type { NoisePatterns } from '../noise.ts';
import type { InputReport } from '../report.ts';
import type { SourceFile } from '../types.ts';

/** The data files every file's processing needs, loaded once per run. */
export interface IngestContext {
  noise: NoisePatterns;
  classify: ClassifyContext;
}

export interface FileOutcome {
  input: InputReport;
  articles: ClassifiedArticle[];
}

/** Processes one file; an IngestError (bad input) is reported in `input.error`. */
export async function processFile(file: SourceFile, context: IngestContext): Promise<FileOutcome> {
  try {
    const decoded = await decode(file);
    const sourceLines = decoded.text.split('\n');
    const structured = ingestText(decoded.text, context.noise);
    // An article with neither title nor text (a 第N篇： marker and nothing after it) makes no document.
    const written = structured.filter((article) => article.title.trim() || toString(article.body).trim());
    if (structured.length && !written.length) {
      throw new IngestError(file.name, {}, '只有文章标记（如“第一篇：”），没有标题和正文，未生成文档');
    }
    const articles = written.map((article): ClassifiedArticle => {
      const { data, notes, evidence } = classifyArticle(article, context.classify);
      const removed = removalsInContext(sourceLines, article.removed);
      return { file: { name: file.name, sha256: file.sha256 }, article, data, notes, evidence, removed };
    });
    if (!articles.length) throw new IngestError(file.name, {}, '没有找到文章正文，未生成文档');
    const encoding = decoded.traditional ? `${decoded.encoding}, 繁体已转简体` : decoded.encoding;
    return { input: { file: file.name, encoding, documents: [] }, articles };
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return refusal(error);
  }
}

/** The outcome of a file refused for bad input: no articles, the reason in `input.error`. */
export function refusal(error: IngestError): FileOutcome {
  return { input: { file: error.file, documents: [], error: error.message }, articles: [] };
}
