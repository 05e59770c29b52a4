/**
 * `npm run ingest -- [inputs...] [--out DIR] [--report FILE] [--overrides FILE] [--force]`
 * Raw compilations (.txt, .docx) → one MDX document per article in DIR/speeches and DIR/reports.
 * This file only wires the stages in src/ingest/; see README.md, "Ingesting documents".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assembleDocuments } from '../src/ingest/assemble.ts';
import { findDuplicates, loadClassifyContext } from '../src/ingest/classify/index.ts';
import { loadNoise } from '../src/ingest/noise.ts';
import { planOutput } from '../src/ingest/output-plan.ts';
import { parseOverrides } from '../src/ingest/overrides.ts';
import { processFile, type FileOutcome } from '../src/ingest/process-file.ts';
import { buildReport, formatSummary } from '../src/ingest/report.ts';
import { toMdx } from '../src/ingest/to-mdx.ts';
import { documentSchema } from '../src/schemas/document.ts';
import { loadTopics } from '../src/taxonomy.ts';
import { listInputs, readSource } from './lib/input-files.ts';
import { applyPlan, readManifest, readOutput, writeAtomic } from './lib/output-files.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'content' },
    report: { type: 'string' },
    overrides: { type: 'string' },
    force: { type: 'boolean', default: false },
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
  const context = { noise: await loadNoise(), classify: loadClassifyContext() };
  const topics = loadTopics();
  const overrides = existsSync(overridesFile) ? parseOverrides(readFileSync(overridesFile, 'utf8'), overridesFile) : new Map();

  const outcomes: FileOutcome[] = [];
  for (const { path, name } of inputs.files) outcomes.push(await processFile(readSource(path, name), context));

  const { documents, problems } = assembleDocuments(
    outcomes.flatMap((o) => o.articles),
    { overrides, overridesFile, schema: documentSchema(topics.map((t) => t.slug) as [string, ...string[]]), findDuplicates },
  );
  const byFile = new Map(outcomes.map((o) => [o.input.file, o.input]));
  for (const doc of documents) byFile.get(doc.data.source.file)?.documents.push(doc.id);

  const plan = planOutput(
    documents.map((d) => ({ path: `${d.collection}/${d.id}.mdx`, content: toMdx(d.data, d.body) })),
    (path) => readOutput(out, path),
    readManifest(out),
    values.force,
  );
  if (plan.conflicts.length) {
    fail(
      `未写入任何文件：以下文档在上次生成后被手工修改过，本次运行会覆盖或删除它们：\n` +
        plan.conflicts.map((p) => `  ${join(out, p)}`).join('\n') +
        `\n请把对元数据的修改写进 ${overridesFile}（按文档 id），或加 --force 放弃这些修改。`,
    );
  }
  applyPlan(out, plan);

  const report = buildReport(outcomes.map((o) => o.input), inputs.skipped, documents, problems);
  writeAtomic(reportFile, JSON.stringify(report, null, 2) + '\n');
  console.log(formatSummary(report));
  console.log(`写入 ${plan.write.length} 个、删除 ${plan.delete.length} 个文档文件；报告：${reportFile}`);
  const refused = report.inputs.filter((i) => i.error);
  if (refused.length || problems.length) {
    fail([...refused.map((i) => `拒收 ${i.error}`), ...problems.map((p) => `问题 ${p}`)].join('\n'));
  }
}

main().catch((error: Error) => fail(`ingest failed: ${error.stack ?? error.message}`));
