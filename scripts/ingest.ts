/**
 * `npm run ingest -- [inputs...] [options]` (usage: INGEST below, or `--help`)
 * Raw compilations (.txt, .docx) → one Markdown document per article in DIR/speeches and DIR/reports.
 * Files are processed in worker threads (--jobs, default one per core) and their outcomes cached
 * (--cache, default .cache/ingest), so a re-run only processes files that changed.
 * This file only wires src/ingest/runner/run.ts; see README.md, "Ingesting documents".
 */
import { join } from 'node:path';
import { INGEST_CACHE_DIR } from '../src/ingest/runner/cache.ts';
import { defaultJobs } from '../src/ingest/runner/pool.ts';
import { IngestStopped, runIngest } from '../src/ingest/runner/run.ts';
import { SHOWN_PER_KIND } from '../src/ingest/summary.ts';
import { EXIT_PROBLEMS, parseCommand, runCommand, type CommandSpec } from './lib/cli.ts';

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
const options = {
  inputs: positionals.length ? positionals : ['content/sources'],
  out: values.out,
  reportFile: values.report ?? join(values.out, 'ingest-report.json'),
  overridesFile: values.overrides ?? join(values.out, 'overrides.yaml'),
  force: values.force,
  jobs: values.jobs ?? defaultJobs(),
  cacheDir: values['no-cache'] ? undefined : values.cache,
  verbose: values.verbose,
};

await runCommand(INGEST, 'ingest', async () => {
  try {
    await runIngest(options, (summary) => console.log(summary));
  } catch (error) {
    if (!(error instanceof IngestStopped)) throw error;
    // A failure the user can fix: its message alone, exit 1.
    console.error(error.message);
    process.exit(EXIT_PROBLEMS);
  }
});
