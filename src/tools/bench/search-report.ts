/**
 * What `npm run bench:search` prints: a Markdown table per engine (recall, precision, latency,
 * bytes), one of our search's related section, one per query category; and the per-query details
 * it saves to .bench/search-<time>.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { kib } from './format.ts';
import type { SearchBenchResult } from './search.ts';
import { CATEGORIES } from './search-queries.ts';

/** What the run was asked for, as the report's first line says. */
export interface SearchReportSettings {
  seed: number;
  cold: number;
}

/** A share as a percentage with one decimal; `–` when there was nothing to measure. */
const pct = (x: number) => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);
/** A figure only some runs have: `–` when absent or not measured. */
const orDash = (format: (x: number) => string) => (x?: number) => (x === undefined || Number.isNaN(x) ? '–' : format(x));
const ms = orDash((x) => `${x.toFixed(1)} ms`);
const kbOr = orDash((x) => kib(x));
const num = orDash((x) => x.toFixed(1));

/** The report's lines. */
export function searchReport({ documents, queries, engines }: SearchBenchResult, settings: SearchReportSettings): string[] {
  const lines = [
    `${documents} documents, ${queries.length} queries (seed ${settings.seed}; cold: ${Math.min(queries.length, settings.cold)})`,
    '',
    '| engine | recall | R-precision | precision | queries R-prec<1 | no-match queries with results | warm median | warm p90 | cold first query (mean / max) | warm query (mean) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...engines.map(
      (r) =>
        `| ${r.engine} | ${pct(r.recall)} | ${pct(r.rPrecision)} | ${pct(r.precision)} | ${r.imperfect} | ${r.noMatchWithResults} | ${r.warmMedianMs.toFixed(1)} ms | ${r.warmP90Ms.toFixed(1)} ms | ${kib(r.coldBytes)} / ${kib(r.coldBytesMax)} | ${kib(r.warmBytes)} |`,
    ),
  ];
  const ours = engines.find((r) => r.relatedMedianMs !== undefined);
  if (ours) {
    lines.push(
      '',
      '| this project | warm median, exact section | warm median, until related shows | cold first query, exact suffices | cold first query, related loads | natural phrases: related in top 10 | of them with all words |',
      '|---|---|---|---|---|---|---|',
      `| ${documents} documents | ${ms(ours.warmMedianMs)} | ${ms(ours.relatedMedianMs)} | ${kbOr(ours.coldBytesExactOnly)} | ${kbOr(ours.coldBytesWithRelated)} | ${num(ours.naturalRelated)} | ${num(ours.naturalAllWords)} |`,
    );
  }
  lines.push(
    '',
    `| category (queries) | ${engines.map((r) => `${r.engine}: recall / R-precision`).join(' | ')} |`,
    `|---|${engines.map(() => '---').join('|')}|`,
    ...CATEGORIES.map((c) => {
      const n = queries.filter((q) => q.category === c).length;
      return `| ${c} (${n}) | ${engines.map((r) => `${pct(r.byCategory[c].recall)} / ${pct(r.byCategory[c].rPrecision)}`).join(' | ')} |`;
    }),
  );
  return lines;
}

/** Saves the per-query details in .bench/search-<time>.json; returns the file's path. */
export async function saveSearchDetails({ documents, queries, engines }: SearchBenchResult): Promise<string> {
  await mkdir('.bench', { recursive: true });
  const out = `.bench/search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  await writeFile(out, JSON.stringify({ documents, queries, engines }, null, 1));
  return out;
}
