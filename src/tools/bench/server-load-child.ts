/**
 * Child process of the server load test (src/tools/bench/server-load.ts): serves the folder given as
 * argument with the preview server, samples its own open file count every 10 ms, and answers
 * `stats` messages with its open files now, their peak since the last `reset`, its RSS and its used heap (after `gc`).
 */
import { readdirSync } from 'node:fs';
import { startStaticServer } from '../hosting/static-server.ts';

/** Open files now; when even listing them fails for want of a descriptor, the limit itself. */
const openFds = () => {
  try {
    return readdirSync('/proc/self/fd').length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};
let peak = openFds();
setInterval(() => (peak = Math.max(peak, openFds())), 10).unref();

const server = await startStaticServer({ root: process.argv[2]!, headers: { 'content-security-policy': "default-src 'self'" } });
process.on('message', (message: string) => {
  if (message === 'reset') peak = openFds();
  if (message === 'gc') globalThis.gc?.();
  const fds = openFds();
  peak = Math.max(peak, fds);
  const { rss, heapUsed, external } = process.memoryUsage();
  process.send!({ fds, peakFds: peak, rss, heapUsed, external });
});
process.on('disconnect', () => process.exit(0));
process.send!({ url: server.url });
