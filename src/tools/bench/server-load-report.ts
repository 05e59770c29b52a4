/** What `npm run bench:server` prints about a load test of the preview server, and when it counts as failed. */
import { mib } from './format.ts';
import type { LoadFigures, LoadOptions } from './server-load.ts';

/** The figures as printed, one per line: requests, errors, open files and memory round by round. */
export function serverLoadReport(figures: LoadFigures, options: LoadOptions): string[] {
  const { rounds } = figures;
  const reasons = [...figures.reasons].map(([reason, n]) => `${reason} ×${n}`).join(', ');
  const peak = figures.peakFds === null || !Number.isFinite(figures.peakFds) ? 'the limit (EMFILE)' : figures.peakFds;
  return [
    `requests       ${figures.requests} (${options.rounds} rounds of ${options.concurrent} concurrent, ${options.aborted} aborted mid-body, ${options.replaced} for files being replaced)`,
    `errors         ${figures.errors}${reasons ? ` (no answer: ${reasons})` : ''}`,
    `cut short      ${figures.cutShort} (file changed size between stat and read while being replaced; body ≠ Content-Length)`,
    `still answers  ${figures.answering ? 'yes' : 'NO'}`,
    `open files     ${figures.before.fds} before, ${peak} peak, ${figures.after.fds} after`,
    `RSS            ${mib(figures.before.rss)} before, ${rounds.map((r) => mib(r.rss)).join(', ')} after each round`,
    `heap after GC  ${mib(figures.before.heapUsed)} before, ${rounds.map((r) => mib(r.heapUsed)).join(', ')} after each round`,
    `external       ${mib(figures.before.external)} before, ${rounds.map((r) => mib(r.external)).join(', ')} after each round`,
  ];
}

/** True when the server failed a request or kept files open after the load. */
export function serverLoadFailed(figures: LoadFigures): boolean {
  return figures.errors > 0 || figures.after.fds > figures.before.fds;
}
