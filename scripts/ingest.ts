/**
 * `npm run ingest -- [inputs...] [--out DIR] [--report FILE] [--overrides FILE] [--force] [--jobs N] [--cache DIR | --no-cache]`
 * Raw compilations (.txt, .docx) → one Markdown document per article in DIR/speeches and DIR/reports.
 * Files are processed in worker threads (--jobs, default one per core) and their outcomes cached
 * (--cache, default .cache/ingest), so a re-run only processes files that changed.
 * This file only wires the stages in src/ingest/; see README.md, "Ingesting documents".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assembleDocuments } from '../src/ingest/assemble.ts';
import { emptyDuplicateMemo, findDuplicates, type DuplicateMemo } from '../src/ingest/classify/duplicates.ts';
import { planOutput } from '../src/ingest/output-plan.ts';
import { parseOverrides } from '../src/ingest/overrides.ts';
import { buildReport, formatSummary } from '../src/ingest/report.ts';
import { documentSchema } from '../src/schemas/document.ts';
import { loadTopics } from '../src/taxonomy.ts';
import { INGEST_CACHE_DIR, ingestFingerprint, openIngestCache } from './lib/ingest-cache.ts';
import { documentFiles, type OutputMemo } from './lib/ingest-outputs.ts';
import { defaultJobs, processFiles } from './lib/ingest-pool.ts';
import { listInputs, readSource } from './lib/input-files.ts';
import { applyPlan, readManifest, readOutput, writeAtomic } from './lib/output-files.ts';
import { writeReviewPage } from './lib/review-page.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'content' },
    report: { type: 'string' },
    overrides: { type: 'string' },
    force: { type: 'boolean', default: false },
    jobs: { type: 'string' },
    cache: { type: 'string', default: INGEST_CACHE_DIR },
    'no-cache': { type: 'boolean', default: false },
  },
});
const out = values.out!;
const reportFile = values.report ?? join(out, 'ingest-report.json');
const overridesFile = values.overrides ?? join(out, 'overrides.yaml');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const inputs = listInputs(positionals.length ? positionals : ['content/sources']);
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) fail(`--jobs: expected a positive integer, got ${values.jobs}`);
  const cache = values['no-cache'] ? undefined : openIngestCache(values.cache!, ingestFingerprint());
  const topics = loadTopics();
  const overrides = existsSync(overridesFile) ? parseOverrides(readFileSync(overridesFile, 'utf8'), overridesFile) : new Map();

  const sources = inputs.files.map(({ path, name }) => readSource(path, name));
  const { outcomes, cached } = await processFiles(sources, { jobs, cache });

  // Memos of the last run (see findDuplicates and documentFiles): they save time, never change the output.
  const duplicateMemo = cache && (cache.recall<DuplicateMemo>('duplicates') ?? emptyDuplicateMemo());
  const outputMemo = cache && (cache.recall<OutputMemo>('outputs') ?? new Map());
  const { documents, problems } = assembleDocuments(outcomes.flatMap((o) => o.articles), {
    overrides,
    overridesFile,
    schema: documentSchema(topics.map((t) => t.slug) as [string, ...string[]]),
    findDuplicates: (docs) => findDuplicates(docs, duplicateMemo),
  });
  const byFile = new Map(outcomes.map((o) => [o.input.file, o.input]));
  for (const doc of documents) byFile.get(doc.data.source.file)?.documents.push(doc.id);

  const onDisk = new Map<string, string | undefined>();
  const current = (path: string) => (onDisk.has(path) ? onDisk.get(path) : onDisk.set(path, readOutput(out, path)).get(path));
  const plan = planOutput(documentFiles(documents, current, outputMemo), current, readManifest(out), values.force);
  if (plan.conflicts.length) {
    fail(
      `未写入任何文件：以下文档在上次生成后被手工修改过，本次运行会覆盖或删除它们：\n` +
        plan.conflicts.map((p) => `  ${join(out, p)}`).join('\n') +
        `\n请把对元数据的修改写进 ${overridesFile}（按文档 id），或加 --force 放弃这些修改。`,
    );
  }
  applyPlan(out, plan);
  if (duplicateMemo) cache!.keep('duplicates', duplicateMemo);
  if (outputMemo) cache!.keep('outputs', outputMemo);

  const report = buildReport(outcomes.map((o) => o.input), inputs.skipped, documents, problems);
  writeAtomic(reportFile, JSON.stringify(report, null, 2) + '\n');
  const reviewFile = writeReviewPage(reportFile, report, overridesFile);
  console.log(formatSummary(report));
  const fromCache = cached ? `（${cached} 个输入文件未改动，取自缓存）` : '';
  console.log(`写入 ${plan.write.length} 个、删除 ${plan.delete.length} 个文档文件${fromCache}；报告：${reportFile}，审阅页：${reviewFile}`);
  const refused = report.inputs.filter((i) => i.error);
  if (refused.length || problems.length) {
    fail([...refused.map((i) => `拒收 ${i.error}`), ...problems.map((p) => `问题 ${p}`)].join('\n'));
  }
}

main().catch((error: Error) => fail(`ingest failed: ${error.stack ?? error.message}`));
