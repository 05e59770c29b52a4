/** The table `npm run bench:federation` prints: per number of sites, the federated search and one site of the same size. */
import type { PageFigures } from './federation-page.ts';
import { kib } from './format.ts';
import { mean, percentile } from './search-metrics.ts';

/** What was measured for one number of sites. */
export interface FederationResult {
  /** Sites searched together, and documents per site. */
  sites: number;
  perSite: number;
  /** Queries run, and of them those whose federated result set differs from the union of the sites'. */
  queries: number;
  differing: number;
  /** The federated search page, and one site holding the same documents alone. */
  federated: PageFigures;
  alone: PageFigures;
}

const kb = (bytes: number) => kib(bytes, 0);
/** Warm figures leave out the first query, which loads what later ones reuse. */
const warm = (f: PageFigures) => f.warmMs.slice(1);
const latency = (f: PageFigures) => `${percentile(warm(f), 50).toFixed(1)} / ${percentile(warm(f), 90).toFixed(1)} ms`;

/** Two rows per result: the federated search, then the single site. */
function rows(r: FederationResult): string[][] {
  const { federated, alone } = r;
  return [
    [`${r.sites} sites × ${r.perSite}`, `${r.differing} of ${r.queries}`, `${kb(mean(federated.coldBytes))} / ${kb(Math.max(...federated.coldBytes))}`, `${kb(mean(federated.coldOwnBytes))} + ${kb(mean(federated.coldBytes) - mean(federated.coldOwnBytes))}`, mean(federated.coldRequests).toFixed(0), latency(federated), mean(federated.warmRequests.slice(1)).toFixed(1)],
    [`1 site × ${r.sites * r.perSite}`, '–', `${kb(mean(alone.coldBytes))} / ${kb(Math.max(...alone.coldBytes))}`, `${kb(mean(alone.coldBytes))} + 0 KB`, mean(alone.coldRequests).toFixed(0), latency(alone), mean(alone.warmRequests.slice(1)).toFixed(1)],
  ];
}

/** The results as a Markdown table, one line each. */
export function federationTable(results: readonly FederationResult[]): string[] {
  return [
    '| search | queries whose result set ≠ union of the sites’ | cold first query (mean / max) | cold: this site + the others | cold requests | warm median / p90 | warm requests |',
    '|---|---|---|---|---|---|---|',
    ...results.flatMap(rows).map((row) => `| ${row.join(' | ')} |`),
  ];
}
