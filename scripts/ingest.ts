/**
 * `npm run ingest -- [inputs...] [options]` (usage: INGEST below, or `--help`)
 * Raw compilations (.txt, .docx) → one Markdown document per article in DIR/speeches and DIR/reports.
 * Files are processed in worker threads (--jobs, default one per core) and their outcomes cached
 * (--cache, default .cache/ingest), so a re-run only processes files that changed.
 * This file only wires the stages in src/ingest/; see README.md, "Ingesting documents".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleDocuments } from '../src/ingest/assemble.ts';
import { emptyDuplicateMemo, findDuplicates, type DuplicateMemo } from '../src/ingest/classify/duplicates.ts';
import { planOutput } from '../src/ingest/write/output-plan.ts';
import { loadNoise } from '../src/ingest/noise.ts';
import { parseOverrides } from '../src/ingest/overrides.ts';
import { auditProblems } from '../src/ingest/removal-audit.ts';
import { buildReport } from '../src/ingest/report.ts';
import { formatSummary, SHOWN_PER_KIND } from '../src/ingest/summary.ts';
import { startProgress } from '../src/lib/progress.ts';
import { documentSchema } from '../src/schemas/document.ts';
import { loadTopics } from '../src/taxonomy.ts';
import { EXIT_PROBLEMS, parseCommand, runCommand, type CommandSpec } from './lib/cli.ts';
import { INGEST_CACHE_DIR, ingestFingerprint, openIngestCache } from '../src/ingest/runner/cache.ts';
import { documentFiles, type OutputMemo } from '../src/ingest/write/document-files.ts';
import { defaultJobs, processFiles } from '../src/ingest/runner/pool.ts';
import { listInputs, readSource } from '../src/ingest/runner/input-files.ts';
import { applyPlan, readManifest, readOutput, writeAtomic } from '../src/ingest/write/output-files.ts';
import { writeReviewPage } from '../src/ingest/write/review-file.ts';

const INGEST = {
  name: 'npm run ingest --',
  positionals: '[输入文件或文件夹…]',
  summary:
    '把原始汇编（.txt 任意常见中文编码、.docx）拆成一篇篇文档，写成 Markdown 到 <输出文件夹>/speeches 和 reports，\n' +
    '并写出 JSON 报告。不给输入时读 content/sources/。未改动的输入文件取自缓存。',
  options: {
    out: { type: 'string', value: 'DIR', default: 'content', description: '输出文件夹' },
    report: { type: 'string', value: 'FILE', description: 'JSON 报告写到哪里（默认 <输出文件夹>/ingest-report.json）' },
    overrides: { type: 'string', value: 'FILE', description: '元数据更正文件（默认 <输出文件夹>/overrides.yaml）' },
    force: { type: 'boolean', description: '覆盖手工改过的文档（放弃这些修改）' },
    jobs: { type: 'integer', value: 'N', min: 1, description: '工作线程数（默认每个 CPU 核一个）' },
    cache: { type: 'string', value: 'DIR', default: INGEST_CACHE_DIR, description: '缓存文件夹' },
    'no-cache': { type: 'boolean', description: '不用缓存（结果相同，较慢）' },
    verbose: { type: 'boolean', description: `列出全部发现（默认每类最多列 ${SHOWN_PER_KIND} 条，发现的种类多时更少）` },
  },
  notes: ['退出码：0 成功；1 有输入文件被拒收或内容有问题（其余文件照常写出）；2 用法错误。'],
  examples: [
    ['npm run ingest', 'content/sources/ → content/'],
    ['npm run ingest -- 新材料/ 讲话.docx --out /tmp/kb', '指定输入和输出文件夹'],
    ['npm run ingest -- --verbose --no-cache', '列出全部发现，不用缓存'],
  ],
} satisfies CommandSpec;

const { values, positionals } = parseCommand(INGEST);
const out = values.out;
const reportFile = values.report ?? join(out, 'ingest-report.json');
const overridesFile = values.overrides ?? join(out, 'overrides.yaml');

/** A failure the user can fix: its message alone, exit 1. */
function fail(message: string): never {
  console.error(message);
  process.exit(EXIT_PROBLEMS);
}

/** The overrides file, or the end of the run with a message naming the file and the problem. */
function readOverrides(topicSlugs: readonly [string, ...string[]]) {
  let text: string;
  try {
    text = readFileSync(overridesFile, 'utf8');
  } catch (error) {
    fail(`${overridesFile}: 无法读取（${(error as NodeJS.ErrnoException).code}）`);
  }
  try {
    return parseOverrides(text, overridesFile, topicSlugs);
  } catch (error) {
    fail((error as Error).message);
  }
}

async function main() {
  const inputs = listInputs(positionals.length ? positionals : ['content/sources']);
  const jobs = values.jobs ?? defaultJobs();
  const cache = values['no-cache'] ? undefined : openIngestCache(values.cache, ingestFingerprint());
  const topicSlugs = loadTopics().map((t) => t.slug) as [string, ...string[]];
  const overrides = existsSync(overridesFile) ? readOverrides(topicSlugs) : new Map();

  // Read when their turn comes, one at a time: a file that cannot be read is refused, the others go on.
  const sources = inputs.files.map(({ path, name }) => () => readSource(path, name));
  const progress = startProgress({ label: '处理输入文件', total: sources.length, unit: '个文件' });
  const { outcomes, cached } = await processFiles(sources, { jobs, cache, onProgress: (n) => progress.set(n) }).finally(() => progress.done());

  // Memos of the last run (see findDuplicates and documentFiles): they save time, never change the output.
  const duplicateMemo = cache && (cache.recall<DuplicateMemo>('duplicates') ?? emptyDuplicateMemo());
  const outputMemo = cache && (cache.recall<OutputMemo>('outputs') ?? new Map());
  const { documents, problems } = assembleDocuments(outcomes.flatMap((o) => o.articles), {
    overrides,
    overridesFile,
    schema: documentSchema(topicSlugs),
    findDuplicates: (docs) => findDuplicates(docs, duplicateMemo),
  });
  // The removal audit: a removal may take only noise, never body sentences.
  const audit = (await loadNoise()).audit;
  problems.push(...auditProblems(documents.map((d) => ({ id: d.id, file: d.data.source.file, removed: d.removed })), audit));
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
  const fromCache = cached ? `（${cached} 个输入文件未改动，取自缓存）` : '';
  const summary = formatSummary(report, {
    verbose: values.verbose,
    written: `写入 ${plan.write.length} 个、删除 ${plan.delete.length} 个文档文件${fromCache}`,
    outputs: [
      ['报告', reportFile],
      ['审阅页', reviewFile],
    ],
  });
  console.log(summary.stdout.join('\n'));
  if (summary.stderr.length) fail(summary.stderr.join('\n'));
}

await runCommand(INGEST, 'ingest', main);
