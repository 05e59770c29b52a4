import { describe, expect, it } from 'vitest';
import type { Score } from '../../../../src/tools/bench/ingest-accuracy.ts';
import { accuracyDetails, accuracyTable } from '../../../../src/tools/bench/ingest-accuracy-report.ts';

const right: Score = { id: 'a', results: { title: true, kind: true }, found: {} };
const wrongKind: Score = { id: 'b', results: { title: true, kind: false, place: false }, found: { kind: 'other' } };

describe('the ingest accuracy report', () => {
  it('has a column per set of documents and a row per field, with percentage and counts', () => {
    const lines = accuracyTable([
      ['fixtures', [right, wrongKind]],
      ['none', []],
    ]);
    expect(lines[0]).toMatch(/^field {12}fixtures {11}none/);
    expect(lines).toHaveLength(11);
    expect(lines.find((l) => l.startsWith('title'))).toMatch(/^title {12}100% \(2\/2\) +— +$/);
    expect(lines.find((l) => l.startsWith('kind'))).toMatch(/^kind {13}50% \(1\/2\) +—/);
    expect(lines.find((l) => l.startsWith('place'))).toMatch(/^place {12}0% \(0\/1\)/);
  });

  it('lists each document with a wrong field: the field and what was found', () => {
    expect(accuracyDetails([right, wrongKind])).toEqual(['\nb\n  kind: other\n  place: ']);
  });
});
