import { describe, expect, it } from 'vitest';
import { buildTable, type Column } from '../../../../src/tools/bench/build-table.ts';
import type { Measured } from '../../../../src/tools/bench/measure.ts';

const run = (ms: number, cpuMs: number, peakRss = 2 ** 30): Measured => ({ ms, cpuMs, peakRss, stdout: '', stderr: '' });
const indexes = { pagefindMs: 800, bundles: '2 (0 reused)', exactMs: 90, totalMs: 800 };

function column(n: number): Column {
  return {
    n,
    load: '1.0 2.0 3.0',
    inputMb: 2.5,
    documents: n,
    ingest: run(10_000, 15_000),
    check: run(1_000, 800),
    astro: run(20_000, 30_000),
    indexes,
    pages: 2 * n,
    distBytes: 12_300_000,
    indexBytes: 4_500_000,
    reingest: run(1_000, 900),
    recheck: run(200, 150),
    reastro: run(5_000, 6_000),
    reindexes: { ...indexes, pagefindMs: 400, bundles: '2 (1 reused)' },
    rebuild: { ms: 6_200, cpuMs: 7_050 },
  };
}

/** The table's rows as label → cells (of a label that repeats, the rebuild's: the last). */
function rows(table: string): Map<string, string[]> {
  return new Map(table.split('\n').slice(2).map((line) => {
    const [label, ...cells] = line.trim().split(/ {2,}/);
    return [label!, cells];
  }));
}

describe('the bench table', () => {
  it('has a column per N, a rule under the header, and aligned columns', () => {
    const table = buildTable([column(1000), column(10000)]);
    const [head, rule, ...body] = table.split('\n');
    expect(head).toMatch(/^N documents +1000 +10000 *$/);
    expect(rule).toMatch(/^-+ {2}-+ {2}-+$/);
    // Every figure of a column starts where its header does.
    const starts = [head!.indexOf('1000'), head!.indexOf('10000')];
    for (const line of body) for (const at of starts) expect(line[at - 1] === ' ' && line[at] !== ' ').toBe(true);
  });

  it('prints times with wall and CPU seconds, sizes and memory with their units', () => {
    const table = rows(buildTable([column(1000)]));
    expect(table.get('ingest')).toEqual(['10.0 s (cpu 15.0 s)']);
    expect(table.get('full ingest + build + index')).toEqual(['31.0 s (cpu 45.8 s)']);
    expect(table.get('dist/ size')).toEqual(['12.3 MB']);
    expect(table.get('ingest peak RSS')).toEqual(['1.00 GiB']);
    expect(table.get('ingest throughput (wall)')).toEqual(['100 doc/s, 0.25 MB/s']);
    expect(table.get('ms per page (astro build)')).toEqual(['10.0 (cpu 15.0)']);
    expect(table.get('rebuild / full')).toEqual(['20% (cpu 15%)']);
    expect(table.get('of which pages (sync, bundle, render)')).toEqual(['19.2 s']);
    expect(table.get('Pagefind (bundles)')).toEqual(['0.4 s, 2 (1 reused)']);
  });

  it('says what was not measured: no search, no Starlight', () => {
    const table = rows(buildTable([column(1000)]));
    expect(table.get('search mode')).toEqual(['no search']);
    expect(table.get('search warm latency (median)')).toEqual(['-']);
    expect(table.get('starlight ms/page ÷ ours (want ≥ 2)')).toEqual(['-']);
  });

  it('compares Starlight’s milliseconds per page with ours', () => {
    const c = { ...column(1000), starlight: { time: { ms: 80_000, cpuMs: 90_000 }, pages: 2000, peakRss: 2 ** 31 } };
    const table = rows(buildTable([c]));
    expect(table.get('starlight build (incl. its pagefind)')).toEqual(['80.0 s (cpu 90.0 s)']);
    expect(table.get('starlight peak RSS')).toEqual(['2.00 GiB']);
    expect(table.get('starlight ms/page ÷ ours (want ≥ 2)')).toEqual(['4.00 (cpu 3.00)']);
  });
});
