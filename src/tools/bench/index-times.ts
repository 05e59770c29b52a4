/** The search indexes' part of an `astro build`, read from the lines the search integration logs. */

/** Wall milliseconds of the search indexes in one build. */
export interface IndexTimes {
  /** Pagefind's wall milliseconds, bundles and bundles reused from the cache. */
  pagefindMs: number;
  bundles: string;
  /** Wall milliseconds of the exact-match index. */
  exactMs: number;
  /** Wall milliseconds of both indexes, written side by side. */
  totalMs: number;
}

/** The index times in a build's output; throws with the output's end when the build did not log them. */
export function indexTimes(log: string): IndexTimes {
  const pagefind = /Pagefind indexed \d+ pages in (\d+) bundle\(s\), (\d+) reused, in (\d+) ms/.exec(log);
  const exact = /exact-match index: .* in (\d+) ms/.exec(log);
  const total = /search indexes written in (\d+) ms/.exec(log);
  if (!pagefind || !exact || !total) throw new Error(`the build did not log its search indexes:\n${log.slice(-2000)}`);
  return { pagefindMs: Number(pagefind[3]), bundles: `${pagefind[1]} (${pagefind[2]} reused)`, exactMs: Number(exact[1]), totalMs: Number(total[1]) };
}
