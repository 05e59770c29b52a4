/**
 * `npm run bench:server [-- --concurrent 1000] [--aborted 500] [--replaced 200] [--rounds 8]`
 *
 * Load test of the preview server on loopback (scripts/lib/server-load.ts): concurrent requests,
 * downloads aborted mid-body and requests for files being replaced. Prints the requests sent, the
 * errors, whether the server still answers, its open files (before, peak, after) and its RSS
 * before and after each round (flat from round to round: no leak). Exits 1 when the server failed a request or kept files open.
 */
import { parseArgs } from 'node:util';
import { runServerLoad } from './lib/server-load.ts';

const { values } = parseArgs({
  options: {
    concurrent: { type: 'string', default: '1000' },
    aborted: { type: 'string', default: '500' },
    replaced: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '8' },
  },
});
const figures = await runServerLoad({ concurrent: Number(values.concurrent), aborted: Number(values.aborted), replaced: Number(values.replaced), rounds: Number(values.rounds) });
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`requests       ${figures.requests} (${values.rounds} rounds of ${values.concurrent} concurrent, ${values.aborted} aborted mid-body, ${values.replaced} for files being replaced)`);
const reasons = [...figures.reasons].map(([reason, n]) => `${reason} ×${n}`).join(', ');
console.log(`errors         ${figures.errors}${reasons ? ` (no answer: ${reasons})` : ''}`);
console.log(`cut short     ${figures.cutShort} (file changed size between stat and read while being replaced; body ≠ Content-Length)`);
console.log(`still answers  ${figures.answering ? 'yes' : 'NO'}`);
const peak = figures.peakFds === null || !Number.isFinite(figures.peakFds) ? 'the limit (EMFILE)' : figures.peakFds;
console.log(`open files     ${figures.before.fds} before, ${peak} peak, ${figures.after.fds} after`);
console.log(`RSS            ${mb(figures.before.rss)} before, ${figures.rounds.map((r) => mb(r.rss)).join(', ')} after each round`);
console.log(`heap after GC  ${mb(figures.before.heapUsed)} before, ${figures.rounds.map((r) => mb(r.heapUsed)).join(', ')} after each round`);
console.log(`external       ${mb(figures.before.external)} before, ${figures.rounds.map((r) => mb(r.external)).join(', ')} after each round`);
if (figures.errors || figures.after.fds > figures.before.fds) process.exitCode = 1;
