import { describe, expect, it } from 'vitest';
import type { PageFigures } from '../../../../src/tools/bench/federation-page.ts';
import { federationTable } from '../../../../src/tools/bench/federation-table.ts';

const page = (coldBytes: number[], coldOwnBytes: number[]): PageFigures => ({
  coldBytes,
  coldOwnBytes,
  coldRequests: [20, 22],
  // The first warm query is left out of the warm figures.
  warmMs: [500, 10, 20, 30],
  warmRequests: [9, 3, 4, 5],
  lists: [],
});

describe('the federation bench table', () => {
  const lines = federationTable([
    { sites: 3, perSite: 100, queries: 112, differing: 1, federated: page([102_400, 153_600], [61_440, 81_920]), alone: page([92_160, 92_160], [92_160, 92_160]) },
  ]);

  it('is a Markdown table with a header, a rule and two rows per number of sites', () => {
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\| search \| queries whose result set ≠ union .* \| warm requests \|$/);
    expect(lines[1]).toBe('|---|---|---|---|---|---|---|');
    expect(lines.slice(2).every((line) => line.split('|').length === 9)).toBe(true);
  });

  it('puts the federated search first, then one site of the same size, with units', () => {
    expect(lines[2]).toBe('| 3 sites × 100 | 1 of 112 | 125 KB / 150 KB | 70 KB + 55 KB | 21 | 20.0 / 30.0 ms | 4.0 |');
    expect(lines[3]).toBe('| 1 site × 300 | – | 90 KB / 90 KB | 90 KB + 0 KB | 21 | 20.0 / 30.0 ms | 4.0 |');
  });
});
