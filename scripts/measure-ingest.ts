/**
 * `npm run measure:ingest [-- --details] [-- --without-held-out]`
 * Ingestion accuracy per field (title, kind, level, year, place, onTopic, headings, noise removed,
 * body kept, no prose removed) on the unseen fixtures (held-out ones separately) and the seeds.
 * `--details` lists every wrong field with what was found; `--without-held-out` leaves the
 * held-out fixtures out of the details (they are not looked at while rules are written).
 * This file only wires scripts/lib/ingest-accuracy.ts.
 */
import { parseArgs } from 'node:util';
import { accuracy, FIELDS, scoreFixtures, scoreSeeds, type Score } from './lib/ingest-accuracy.ts';
import { loadIngestContext } from './lib/ingest-context.ts';

const { values } = parseArgs({ options: { details: { type: 'boolean', default: false }, 'without-held-out': { type: 'boolean', default: false } } });

const context = await loadIngestContext();
const fixtures = await scoreFixtures(context);
const seeds = await scoreSeeds(context);
const columns: Array<[string, Score[]]> = [
  ['held-out', fixtures.filter((f) => f.heldOut)],
  ['all fixtures', fixtures],
  ['seeds', seeds],
];

const cell = ({ right, of }: { right: number; of: number }) => (of === 0 ? '—' : `${((100 * right) / of).toFixed(0)}% (${right}/${of})`);
const tables = columns.map(([, scores]) => accuracy(scores));
const width = 18;
console.log(['field'.padEnd(16), ...columns.map(([name]) => name.padEnd(width))].join(' '));
for (const field of FIELDS) console.log([field.padEnd(16), ...tables.map((t) => cell(t[field]).padEnd(width))].join(' '));

if (values.details) {
  const shown = [...fixtures.filter((f) => !(values['without-held-out'] && f.heldOut)), ...seeds];
  for (const score of shown) {
    const wrong = FIELDS.filter((f) => score.results[f] === false);
    if (wrong.length) console.log(`\n${score.id}\n${wrong.map((f) => `  ${f}: ${score.found[f] ?? ''}`).join('\n')}`);
  }
}
