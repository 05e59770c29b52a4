/**
 * One ingestion run (`npm run ingest`): the input files through the per-file pipeline in worker
 * threads (with the cache), the documents assembled (overrides, duplicates, schema) and audited,
 * the output written only when no hand-edited document would be lost, then the JSON report, the
 * review page and the summary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentSchema } from '../../schemas/document.ts';
import { startProgress } from '../../lib/progress.ts';
import { loadTopics } from '../../collections/taxonomy.ts';
import { assembleDocuments } from '../assemble.ts';
import { emptyDuplicateMemo, findDuplicates, type DuplicateMemo } from '../classify/duplicates.ts';
import { loadNoise } from '../noise.ts';
import { parseOverrides } from '../overrides.ts';
import { auditProblems } from '../removal-audit.ts';
import { buildReport } from '../report.ts';
import { formatSummary } from '../summary.ts';
import { documentFiles, type OutputMemo } from '../write/document-files.ts';
import { planOutput } from '../write/output-plan.ts';
import { applyPlan, readManifest, readOutput, writeAtomic } from '../write/output-files.ts';
import { writeReviewPage } from '../write/review-file.ts';
import { ingestFingerprint, openIngestCache } from './cache.ts';
import { listInputs, readSource } from './input-files.ts';
import { processFiles } from './pool.ts';

/** What one run reads and writes, from the command's arguments. */
export interface IngestOptions {
  /** Input files and folders. */
  inputs: string[];
  /** Content folder written: speeches/, reports/ and the manifest. */
  out: string;
  reportFile: string;
  overridesFile: string;
  /** Overwrite documents edited by hand since they were written. */
  force: boolean;
  /** Worker threads. */
  jobs: number;
  /** Cache folder; no cache when undefined. */
  cacheDir?: string;
  /** List every finding in the summary. */
  verbose: boolean;
}

/**
 * A run stopped by something the user can fix (an unreadable or wrong overrides file, documents
 * edited by hand, refused inputs or content problems): its message alone is what to show.
 */
export class IngestStopped extends Error {}

/** The overrides file, or a stop with a message naming the file and the problem. */
function readOverrides(overridesFile: string, topicSlugs: readonly [string, ...string[]]) {
  let text: string;
  try {
    text = readFileSync(overridesFile, 'utf8');
  } catch (error) {
    throw new IngestStopped(`${overridesFile}: 无法读取（${(error as NodeJS.ErrnoException).code}）`);
  }
  try {
    return parseOverrides(text, overridesFile, topicSlugs);
  } catch (error) {
    throw new IngestStopped((error as Error).message);
  }
}

/**
 * Runs the ingestion; `print` receives the summary. Throws {@link IngestStopped} before writing
 * anything when the overrides cannot be used or a hand-edited document would be lost, and after
 * writing when the summary lists refused inputs or problems.
 */
export async function runIngest(o: IngestOptions, print: (summary: string) => void): Promise<void> {
  const inputs = listInputs(o.inputs);
  const cache = o.cacheDir === undefined ? undefined : openIngestCache(o.cacheDir, ingestFingerprint());
  const topicSlugs = loadTopics().map((t) => t.slug) as [string, ...string[]];
  const overrides = existsSync(o.overridesFile) ? readOverrides(o.overridesFile, topicSlugs) : new Map();

  // Read when their turn comes, one at a time: a file that cannot be read is refused, the others go on.
  const sources = inputs.files.map(({ path, name }) => () => readSource(path, name));
  const progress = startProgress({ label: '处理输入文件', total: sources.length, unit: '个文件' });
  const { outcomes, cached } = await processFiles(sources, { jobs: o.jobs, cache, onProgress: (n) => progress.set(n) }).finally(() => progress.done());

  // Memos of the last run (see findDuplicates and documentFiles): they save time, never change the output.
  const duplicateMemo = cache && (cache.recall<DuplicateMemo>('duplicates') ?? emptyDuplicateMemo());
  const outputMemo = cache && (cache.recall<OutputMemo>('outputs') ?? new Map());
  const { documents, problems } = assembleDocuments(outcomes.flatMap((outcome) => outcome.articles), {
    overrides,
    overridesFile: o.overridesFile,
    schema: documentSchema(topicSlugs),
    findDuplicates: (docs) => findDuplicates(docs, duplicateMemo),
  });
  // The removal audit: a removal may take only noise, never body sentences.
  const audit = (await loadNoise()).audit;
  problems.push(...auditProblems(documents.map((d) => ({ id: d.id, file: d.data.source.file, removed: d.removed })), audit));
  const byFile = new Map(outcomes.map((outcome) => [outcome.input.file, outcome.input]));
  for (const doc of documents) byFile.get(doc.data.source.file)?.documents.push(doc.id);

  const onDisk = new Map<string, string | undefined>();
  const current = (path: string) => (onDisk.has(path) ? onDisk.get(path) : onDisk.set(path, readOutput(o.out, path)).get(path));
  const plan = planOutput(documentFiles(documents, current, outputMemo), current, readManifest(o.out), o.force);
  if (plan.conflicts.length) {
    throw new IngestStopped(
      `未写入任何文件：以下文档在上次生成后被手工修改过，本次运行会覆盖或删除它们：\n` +
        plan.conflicts.map((p) => `  ${join(o.out, p)}`).join('\n') +
        `\n请把对元数据的修改写进 ${o.overridesFile}（按文档 id），或加 --force 放弃这些修改。`,
    );
  }
  applyPlan(o.out, plan);
  if (duplicateMemo) cache!.keep('duplicates', duplicateMemo);
  if (outputMemo) cache!.keep('outputs', outputMemo);

  const report = buildReport(outcomes.map((outcome) => outcome.input), inputs.skipped, documents, problems);
  writeAtomic(o.reportFile, JSON.stringify(report, null, 2) + '\n');
  const reviewFile = writeReviewPage(o.reportFile, report, o.overridesFile);
  const fromCache = cached ? `（${cached} 个输入文件未改动，取自缓存）` : '';
  const summary = formatSummary(report, {
    verbose: o.verbose,
    written: `写入 ${plan.write.length} 个、删除 ${plan.delete.length} 个文档文件${fromCache}`,
    outputs: [
      ['报告', o.reportFile],
      ['审阅页', reviewFile],
    ],
  });
  print(summary.stdout.join('\n'));
  if (summary.stderr.length) throw new IngestStopped(summary.stderr.join('\n'));
}
