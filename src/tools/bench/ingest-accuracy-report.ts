/** What `npm run measure:ingest` prints: the accuracy per field for each set of documents, and every wrong field. */
import { accuracy, FIELDS, type Score } from './ingest-accuracy.ts';

/** Width of a column of figures. */
const WIDTH = 18;

/** A share right as `90% (9/10)`; `—` when the field was checked on no document. */
const cell = ({ right, of }: { right: number; of: number }) => (of === 0 ? '—' : `${((100 * right) / of).toFixed(0)}% (${right}/${of})`);

/** The table: a header naming each set, then one line per field with its accuracy in each set. */
export function accuracyTable(columns: ReadonlyArray<readonly [name: string, scores: readonly Score[]]>): string[] {
  const tables = columns.map(([, scores]) => accuracy(scores));
  return [
    ['field'.padEnd(16), ...columns.map(([name]) => name.padEnd(WIDTH))].join(' '),
    ...FIELDS.map((field) => [field.padEnd(16), ...tables.map((t) => cell(t[field]).padEnd(WIDTH))].join(' ')),
  ];
}

/** Per document with a wrong field: a blank line, its id, and each wrong field with what was found. */
export function accuracyDetails(scores: readonly Score[]): string[] {
  return scores.flatMap((score) => {
    const wrong = FIELDS.filter((f) => score.results[f] === false);
    return wrong.length ? [`\n${score.id}\n${wrong.map((f) => `  ${f}: ${score.found[f] ?? ''}`).join('\n')}`] : [];
  });
}
