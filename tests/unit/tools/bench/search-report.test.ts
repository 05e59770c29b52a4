import { describe, expect, it } from 'vitest';
import type { EngineResult, SearchBenchResult } from '../../../../src/tools/bench/search.ts';
import { searchReport } from '../../../../src/tools/bench/search-report.ts';
import { CATEGORIES } from '../../../../src/tools/bench/search-queries.ts';

const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, c === 'no-match' ? { recall: NaN, rPrecision: NaN } : { recall: 1, rPrecision: 0.5 }])) as EngineResult['byCategory'];
const engine = (name: string, extra: Partial<EngineResult> = {}): EngineResult => ({
  engine: name,
  mode: 'search page',
  queries: 3,
  coldBytes: 2048,
  coldBytesMax: 4096,
  warmBytes: 512,
  warmMedianMs: 9.84,
  warmP90Ms: 20.1,
  recall: 1,
  rPrecision: 0.689,
  precision: NaN,
  imperfect: 2,
  noMatchWithResults: 1,
  byCategory,
  lists: [],
  ...extra,
});
const result: SearchBenchResult = {
  documents: 20,
  queries: [
    { category: 'two-char', q: '人大' },
    { category: 'two-char', q: '代表' },
    { category: 'no-match', q: 'zzz' },
  ],
  engines: [engine('this project', { relatedMedianMs: 35.5, coldBytesExactOnly: 1024, coldBytesWithRelated: NaN, naturalRelated: 9.4 }), engine('plain Pagefind')],
};

describe('the search bench report', () => {
  const lines = searchReport(result, { seed: 4, cold: 36 });

  it('opens with the documents, the queries, the seed and how many ran cold', () => {
    expect(lines[0]).toBe('20 documents, 3 queries (seed 4; cold: 3)');
  });

  it('has a row per engine with percentages, milliseconds and kilobytes', () => {
    expect(lines).toContain('| this project | 100.0% | 68.9% | – | 2 | 1 | 9.8 ms | 20.1 ms | 2.0 KB / 4.0 KB | 0.5 KB |');
    expect(lines).toContain('| plain Pagefind | 100.0% | 68.9% | – | 2 | 1 | 9.8 ms | 20.1 ms | 2.0 KB / 4.0 KB | 0.5 KB |');
  });

  it('has a row for our related section, with a dash for what was not measured', () => {
    expect(lines).toContain('| 20 documents | 9.8 ms | 35.5 ms | 1.0 KB | – | 9.4 | – |');
  });

  it('has a row per query category with its number of queries, both engines side by side', () => {
    expect(lines).toContain('| category (queries) | this project: recall / R-precision | plain Pagefind: recall / R-precision |');
    expect(lines).toContain('| two-char (2) | 100.0% / 50.0% | 100.0% / 50.0% |');
    expect(lines).toContain('| no-match (1) | – / – | – / – |');
    expect(lines.filter((line) => /^\| [a-z0-9-]+ \(\d+\) \|/.test(line))).toHaveLength(CATEGORIES.length);
  });

  it('leaves out the related table when no engine has one', () => {
    const plain = searchReport({ ...result, engines: [engine('plain Pagefind')] }, { seed: 4, cold: 36 });
    expect(plain.some((line) => line.startsWith('| this project |'))).toBe(false);
  });
});
