/**
 * `npm run measure:ingest [-- --details] [--without-held-out] [--fixtures DIR]` (usage: MEASURE_INGEST below)
 * Ingestion accuracy per field (title, kind, level, year, place, onTopic, headings, noise removed,
 * body kept, no prose removed) on the unseen fixtures (held-out ones separately) and the seeds.
 * `--details` lists every wrong field with what was found; `--without-held-out` leaves the
 * held-out fixtures out of the details (they are not looked at while rules are written).
 * This file only wires src/tools/bench/ingest-accuracy.ts and its report.
 */
import { parseCommand, runCommand, type CommandSpec } from './lib/cli.ts';
import { loadFixtures, scoreFixtures, scoreSeeds } from '../src/tools/bench/ingest-accuracy.ts';
import { accuracyDetails, accuracyTable } from '../src/tools/bench/ingest-accuracy-report.ts';
import { loadIngestContext } from '../src/ingest/runner/context.ts';

const MEASURE_INGEST = {
  name: 'npm run measure:ingest --',
  summary: '入库准确率：在未见过的网页样本（其中留出的样本单列）和种子材料上，逐项统计标题、类型、层级、年份、地点、是否人大工作、\n小标题、噪声删除、正文保留、未误删正文的准确率。',
  options: {
    fixtures: { type: 'string', value: 'DIR', default: 'tests/fixtures/unseen', description: '样本文件夹：每个样本一个子文件夹，含 input.txt 和 expected.json' },
    details: { type: 'boolean', description: '列出每个判错的字段及实际结果' },
    'without-held-out': { type: 'boolean', description: '详细列表中不含留出的样本（编写规则时不看它们）' },
  },
  examples: [
    ['npm run measure:ingest', '打印准确率表'],
    ['npm run measure:ingest -- --details --without-held-out', '编写规则时查看错误'],
    ['npm run measure:ingest -- --fixtures 我的样本/', '在自己收集的样本上测量'],
  ],
} satisfies CommandSpec;

const { values } = parseCommand(MEASURE_INGEST);

await runCommand(MEASURE_INGEST, 'measure:ingest', async () => {
  const context = await loadIngestContext();
  const fixtures = await scoreFixtures(context, loadFixtures(values.fixtures));
  const seeds = await scoreSeeds(context);
  const columns = [['held-out', fixtures.filter((f) => f.heldOut)], ['all fixtures', fixtures], ['seeds', seeds]] as const;
  for (const line of accuracyTable(columns)) console.log(line);
  if (!values.details) return;
  const shown = [...fixtures.filter((f) => !(values['without-held-out'] && f.heldOut)), ...seeds];
  for (const block of accuracyDetails(shown)) console.log(block);
});
