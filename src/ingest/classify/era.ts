/** Estimates when a text was written from dated references in it, and checks stated years against that. */

/** One rule of content/eras.yaml: a phrase that dates the text it appears in. */
export interface EraRule {
  /** Compiled with the `gu` flags. */
  pattern: RegExp;
  from: number | null;
  to: number | null;
}

/** A matched rule with the text that matched. */
export interface EraEvidence {
  text: string;
  from: number | null;
  to: number | null;
}

/** The estimated era with the evidence it rests on. */
export interface EraEstimate {
  from: number | null;
  to: number | null;
  basis: string[];
  evidence: EraEvidence[];
}

/** A year the text gives the phrase that follows: 2006年是实施|“十一五”规划的开局之年. */
const NAMED_YEAR = /((?:19|20)\d{2})年(?:是|为)[^，。；！？\d]{0,6}$/u;

/**
 * A rule's bounds at one match. A phrase the text dates itself with a year that fits
 * (2006年是实施“十一五”规划的开局之年) is about that year, not about when the text was written, which
 * may be later (a report on the year before): only its lower bound holds. A year that does not fit
 * (2024年是“十一五”规划的开局之年) leaves both bounds, so the contradiction is reported.
 */
function boundsAt(text: string, index: number, rule: EraRule): Pick<EraRule, 'from' | 'to'> {
  const named = rule.to === null ? null : NAMED_YEAR.exec(text.slice(Math.max(0, index - 12), index));
  if (named && !outsideEra(Number(named[1]), rule)) return { from: rule.from, to: null };
  return { from: rule.from, to: rule.to };
}

/** Every rule match in `text`, first occurrence per distinct matched text, in text order. */
export function eraEvidence(text: string, rules: readonly EraRule[]): EraEvidence[] {
  const found = new Map<string, EraEvidence & { at: number }>();
  for (const rule of rules) {
    for (const m of text.matchAll(rule.pattern)) {
      const { from, to } = boundsAt(text, m.index, rule);
      const known = found.get(m[0]);
      if (!known) {
        found.set(m[0], { text: m[0], from, to, at: m.index });
        continue;
      }
      // Two rules may match the same words; keep the narrowest reading.
      if (from !== null) known.from = known.from === null ? from : Math.max(known.from, from);
      if (to !== null) known.to = known.to === null ? to : Math.min(known.to, to);
    }
  }
  // Drop a match inside a longer one that dates at least as narrowly (监督法 in 《监督法》,
  // 科学发展观 in 树立和落实科学发展观): it adds nothing.
  const all = [...found.values()].sort((a, b) => a.at - b.at);
  return all
    .filter((e) => !all.some((o) => o !== e && o.text.includes(e.text) && atLeastAsNarrow(o, e)))
    .map(({ text: t, from, to }) => ({ text: t, from, to }));
}

/** True when `a`'s bounds lie within `b`'s (null is open). */
function atLeastAsNarrow(a: EraEvidence, b: EraEvidence): boolean {
  const fromOk = b.from === null || (a.from !== null && a.from >= b.from);
  const toOk = b.to === null || (a.to !== null && a.to <= b.to);
  return fromOk && toOk;
}

/**
 * Combines evidence into an era: `from` is the latest lower bound (a text cannot cite the future);
 * `to` the earliest upper bound that is not below it (periods of leaders and slogans are soft bounds).
 */
export function estimateEra(text: string, rules: readonly EraRule[]): EraEstimate | undefined {
  const evidence = eraEvidence(text, rules);
  if (evidence.length === 0) return undefined;
  const froms = evidence.flatMap((e) => (e.from === null ? [] : [e.from]));
  const from = froms.length ? Math.max(...froms) : null;
  const tos = evidence.flatMap((e) => (e.to === null || (from !== null && e.to < from) ? [] : [e.to]));
  const to = tos.length ? Math.min(...tos) : null;
  return { from, to, basis: evidence.map((e) => e.text), evidence };
}

/** 2008–2012年间, 2006年, 2017年以后, 2012年以前. */
export function formatRange(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return from === to ? `${from}年` : `${from}–${to}年间`;
  if (from !== null) return `${from}年以后`;
  return `${to}年以前`;
}

/** True when `year` lies outside the era. */
export function outsideEra(year: number, era: Pick<EraEstimate, 'from' | 'to'>): boolean {
  return (era.from !== null && year < era.from) || (era.to !== null && year > era.to);
}

/** The evidence that fixes the era's bounds, quoted: “党的十七届三中全会以来”“胡锦涛总书记”. */
export function quoteBinding(era: EraEstimate): string {
  const binding = era.evidence.filter((e) => (e.from !== null && e.from === era.from) || (e.to !== null && e.to === era.to));
  return binding
    .slice(0, 3)
    .map((e) => `“${e.text}”`)
    .join('');
}

/** Years written in running text as the present (2024年以来, 2024年是…), not targets (到2035年). */
export function presentYears(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(/(?<![到至\d])((?:19|20)\d{2})年(?!前|底前|目标)/gu)) {
    years.push(Number(m[1]));
  }
  return years;
}

/**
 * A short Chinese sentence when a stated year contradicts the era: the dateline's year (落款) first,
 * else a year the body writes as the present that is later than the era allows.
 */
export function yearConflict(era: EraEstimate | undefined, datelineYear: number | undefined, body: string): string | undefined {
  if (!era || (era.from === null && era.to === null)) return undefined;
  const range = formatRange(era.from, era.to);
  if (datelineYear !== undefined) {
    return outsideEra(datelineYear, era)
      ? `落款为${datelineYear}年，但正文提及${quoteBinding(era)}，应为${range}`
      : undefined;
  }
  const late = presentYears(body).filter((y) => era.to !== null && y > era.to);
  if (late.length === 0) return undefined;
  return `正文写有“${Math.max(...late)}年”，但又提及${quoteBinding(era)}，应为${range}`;
}
