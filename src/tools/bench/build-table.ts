/**
 * The table `npm run bench` prints: one row per figure, one column per corpus size N, each figure
 * with its unit (wall and CPU time, sizes, shares, search bytes and latency, the Starlight
 * comparison).
 */
import type { IndexTimes } from './index-times.ts';
import type { Measured } from './measure.ts';
import type { SearchFigures } from './search.ts';
import { gib, kb, mb, perPage, sec, share, sumTimes, wallCpu, type Time } from './format.ts';

/** What the bench measured for one corpus size N. */
export interface Column {
  n: number;
  /** Load average at the start, as printed. */
  load: string;
  inputMb: number;
  documents: number;
  ingest: Measured;
  check: Measured;
  astro: Measured;
  indexes: IndexTimes;
  pages: number;
  distBytes: number;
  indexBytes: number;
  reingest: Measured;
  recheck: Measured;
  reastro: Measured;
  reindexes: IndexTimes;
  rebuild: Time;
  search?: SearchFigures;
  starlight?: StarlightFigures;
}

/** The default Starlight site built from the same documents. */
export interface StarlightFigures {
  time: Time;
  pages: number;
  peakRss: number;
}

const total = (c: Column) => sumTimes(c.ingest, c.check, c.astro);
/** The site build: astro build, which includes both search indexes. */
const site = (c: Column) => c.astro;
/** Astro's own part of a build: the whole minus the search indexes. */
const pagesPart = (astro: Measured, indexes: IndexTimes) => sec(astro.ms - indexes.totalMs);
const ratio = (c: Column) =>
  c.starlight
    ? `${(c.starlight.time.ms / c.starlight.pages / (site(c).ms / c.pages)).toFixed(2)} (cpu ${(c.starlight.time.cpuMs / c.starlight.pages / (site(c).cpuMs / c.pages)).toFixed(2)})`
    : '-';

type Row = [label: string, cell: (c: Column) => string];

/** The rows of a build's search indexes. */
const indexRows = (indexes: (c: Column) => IndexTimes): Row[] => [
  ['  of which search indexes (side by side)', (c) => sec(indexes(c).totalMs)],
  ['    Pagefind (bundles)', (c) => `${sec(indexes(c).pagefindMs)}, ${indexes(c).bundles}`],
  ['    exact-match index', (c) => sec(indexes(c).exactMs)],
];

const ROWS: Row[] = [
  ['load average at start (1/5/15 min)', (c) => c.load],
  ['input', (c) => `${c.inputMb.toFixed(1)} MB`],
  ['documents written', (c) => String(c.documents)],
  ['ingest', (c) => wallCpu(c.ingest)],
  ['ingest throughput (wall)', (c) => `${Math.round(c.documents / (c.ingest.ms / 1000))} doc/s, ${(c.inputMb / (c.ingest.ms / 1000)).toFixed(2)} MB/s`],
  ['ingest peak RSS', (c) => gib(c.ingest.peakRss)],
  ['content check', (c) => wallCpu(c.check)],
  ['astro build incl. search indexes', (c) => wallCpu(c.astro)],
  ['  of which pages (sync, bundle, render)', (c) => pagesPart(c.astro, c.indexes)],
  ...indexRows((c) => c.indexes),
  ['astro build peak RSS (incl. Pagefind)', (c) => gib(c.astro.peakRss)],
  ['full ingest + build + index', (c) => wallCpu(total(c))],
  ['full run peak RSS', (c) => gib(Math.max(c.ingest.peakRss, c.check.peakRss, c.astro.peakRss))],
  ['pages (html)', (c) => String(c.pages)],
  ['ms per page (astro build)', (c) => perPage(site(c), c.pages)],
  ['dist/ size', (c) => mb(c.distBytes)],
  ['index size (pagefind + search-index)', (c) => mb(c.indexBytes)],
  ['re-ingest after editing 1 source', (c) => wallCpu(c.reingest)],
  ['re-check', (c) => wallCpu(c.recheck)],
  ['re-build (astro)', (c) => wallCpu(c.reastro)],
  ['  of which pages', (c) => pagesPart(c.reastro, c.reindexes)],
  ...indexRows((c) => c.reindexes),
  ['rebuild after editing 1 source (sum)', (c) => wallCpu(c.rebuild)],
  ['rebuild / full', (c) => share(c.rebuild, total(c))],
  ['search mode', (c) => c.search?.mode ?? 'no search'],
  ['search cold first query (mean / max)', (c) => (c.search ? `${kb(c.search.coldBytes)} / ${kb(c.search.coldBytesMax)}` : '-')],
  ['search warm query (mean)', (c) => (c.search ? kb(c.search.warmBytes) : '-')],
  ['search warm latency (median)', (c) => (c.search ? `${c.search.warmMedianMs.toFixed(0)} ms` : '-')],
  ['search warm, until related shows (median)', (c) => (c.search?.relatedMedianMs !== undefined ? `${c.search.relatedMedianMs.toFixed(0)} ms` : '-')],
  ['search cold, exact suffices / related loads (mean)', (c) => (c.search?.coldBytesExactOnly !== undefined ? `${kb(c.search.coldBytesExactOnly)} / ${kb(c.search.coldBytesWithRelated!)}` : '-')],
  ['natural phrases: related in top 10 / with all words', (c) => (c.search?.naturalRelated !== undefined ? `${c.search.naturalRelated.toFixed(1)} / ${c.search.naturalAllWords!.toFixed(1)}` : '-')],
  ['starlight build (incl. its pagefind)', (c) => (c.starlight ? wallCpu(c.starlight.time) : '-')],
  ['starlight pages', (c) => (c.starlight ? String(c.starlight.pages) : '-')],
  ['starlight peak RSS', (c) => (c.starlight ? gib(c.starlight.peakRss) : '-')],
  ['starlight ms per page', (c) => (c.starlight ? perPage(c.starlight.time, c.starlight.pages) : '-')],
  ['starlight ms/page ÷ ours (want ≥ 2)', ratio],
];

/** The figures of every N measured so far as a plain-text table: a header, a rule, one row per figure. */
export function buildTable(columns: readonly Column[]): string {
  const head = ['N documents', ...columns.map((c) => String(c.n))];
  const body = ROWS.map(([label, f]) => [label, ...columns.map(f)]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
