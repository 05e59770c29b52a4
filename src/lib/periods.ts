/**
 * Five-year-plan periods (“十一五”时期, 2006–2010): the period facet files each dated document under
 * every period its best-supported time (doc-time.ts) overlaps, so documents dated only by an era
 * (约2008–2012年) are found when browsing by time as well as those with a year.
 */
import { docTime, type DatedData } from './doc-time.ts';

export interface Period {
  /** ASCII URL key: `2006-2010`. */
  key: string;
  /** `“十一五”时期（2006–2010年）`. */
  label: string;
  from: number;
  to: number;
}

/** First year of the regular five-year cycle (the third plan, 1966–1970). */
const CYCLE_START = 1966;
const CYCLE_FIRST_PLAN = 3;
const DIGITS = '〇一二三四五六七八九';

/** 3 → 三, 10 → 十, 11 → 十一, 21 → 二十一. */
function numeral(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return (tens > 1 ? DIGITS[tens] : '') + '十' + (n % 10 ? DIGITS[n % 10] : '');
}

/** The period a year falls in; years before 1966 share one period. */
export function periodOf(year: number): Period {
  if (year < CYCLE_START) {
    return { key: `to-${CYCLE_START - 1}`, label: `${CYCLE_START}年以前`, from: -Infinity, to: CYCLE_START - 1 };
  }
  const index = Math.floor((year - CYCLE_START) / 5);
  const from = CYCLE_START + index * 5;
  const to = from + 4;
  return { key: `${from}-${to}`, label: `“${numeral(CYCLE_FIRST_PLAN + index)}五”时期（${from}–${to}年）`, from, to };
}

/**
 * The periods a document is filed under: those its year or closed era overlaps. An open era
 * (约2017年以后) or no date at all gives none: such a document cannot be placed in a period.
 */
export function periodsOf(data: DatedData): Period[] {
  const { from, to } = docTime(data);
  if (from === null || to === null) return [];
  const periods: Period[] = [];
  for (let year = from; year <= to; ) {
    const period = periodOf(year);
    periods.push(period);
    year = period.to + 1;
  }
  return periods;
}
