/**
 * The time the site files a document under: the best-supported one. A stated year counts when
 * nothing contradicts it (no inferred era, or an era that contains it); otherwise the era inferred
 * from dated references in the text. Every list, facet, sort and label derives from docTime(), so
 * no page shows a year the document page itself doubts.
 */
import type { DocumentData } from '../schemas/document.ts';

/** `2024-04-08` → `2024年4月8日`, `2024-04` → `2024年4月`, `2024` → `2024年`. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年` + (m ? `${Number(m)}月` : '') + (d ? `${Number(d)}日` : '');
}

export type DocTimeKind = 'year' | 'era' | 'unknown';

export interface DocTime {
  /** `year`: one year; `era`: a range of years inferred from the text; `unknown`: no date at all. */
  kind: DocTimeKind;
  /** The year, when `kind` is `year`. */
  year: number | null;
  /** Earliest and latest possible year (null: open); both equal `year` for a year. */
  from: number | null;
  to: number | null;
  /** `2010年`, `2024年9月8日`, `约2008–2010年`, `约2017年以后`, or `年份不详` (a label, never part of a sentence). */
  label: string;
  /** The text states a year that its own dated references contradict (the page shows why). */
  doubtful: boolean;
  /** Sort position: the year, the middle of a closed era or its known bound; -Infinity when unknown. */
  sortKey: number;
}

/** What docTime reads of a document. */
export type DatedData = Pick<DocumentData, 'year' | 'date' | 'era' | 'yearConflict'>;

/** Label of a document without any date: used alone (a list's meta part, a facet value), never in a sentence. */
export const UNKNOWN_TIME_LABEL = '年份不详';

/** `约2008–2010年`, `约2006年`, `约2017年以后`, `约2012年以前`. */
export function eraLabel(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return from === to ? `约${from}年` : `约${from}–${to}年`;
  if (from !== null) return `约${from}年以后`;
  return `约${to}年以前`;
}

/** Whether `year` lies inside the era (open bounds admit everything on their side). */
function withinEra(year: number, era: NonNullable<DatedData['era']>): boolean {
  return (era.from === null || year >= era.from) && (era.to === null || year <= era.to);
}

const times = new WeakMap<DatedData, DocTime>();

/** The best-supported time of a document (see the module comment); computed once per document. */
export function docTime(data: DatedData): DocTime {
  let time = times.get(data);
  if (time) return time;
  const doubtful = data.yearConflict !== undefined;
  const era = data.era && (data.era.from !== null || data.era.to !== null) ? data.era : undefined;
  if (data.year !== null && (!era || withinEra(data.year, era))) {
    const label = data.date && data.date.startsWith(String(data.year)) ? formatDate(data.date) : `${data.year}年`;
    time = { kind: 'year', year: data.year, from: data.year, to: data.year, label, doubtful, sortKey: data.year };
  } else if (era) {
    const sortKey = era.from !== null && era.to !== null ? (era.from + era.to) / 2 : (era.from ?? era.to)!;
    time = { kind: 'era', year: null, from: era.from, to: era.to, label: eraLabel(era.from, era.to), doubtful, sortKey };
  } else {
    time = { kind: 'unknown', year: null, from: null, to: null, label: UNKNOWN_TIME_LABEL, doubtful, sortKey: -Infinity };
  }
  times.set(data, time);
  return time;
}

/** The year a document is placed at when times are compared (docTime's sortKey), or null when undated. */
export function timeYear(data: DatedData): number | null {
  const { sortKey } = docTime(data);
  return Number.isFinite(sortKey) ? sortKey : null;
}

/** Short mark shown after a doubtful time (lists, facets, the document page, search results). */
export const DOUBTFUL_LABEL = '年份存疑';

/** The label with its doubt mark in brackets, for plain-text places (meta lines, search results). */
export function timeText(time: DocTime): string {
  return time.doubtful ? `${time.label}（${DOUBTFUL_LABEL}）` : time.label;
}
