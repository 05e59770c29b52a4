/**
 * `npm run preview`: serves the built site (dist/) on 127.0.0.1 under the base path it was built
 * for, with the documented Content-Security-Policy, as the intranet's nginx or IIS will.
 *
 *   node scripts/preview.ts [--dist dist] [--port 4321]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentSecurityPolicy, cspOptions } from '../src/lib/csp.ts';
import { loadSiteConfig } from '../src/lib/site-config.ts';
import { detectBase } from './lib/built-site.ts';
import { startStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
  },
});
try {
  const root = resolve(values.dist);
  const base = await detectBase(root);
  const csp = contentSecurityPolicy(cspOptions(loadSiteConfig()));
  const server = await startStaticServer({ root, base, port: Number(values.port), headers: { 'content-security-policy': csp } });
  console.log(`Serving ${root} at ${server.url} (Content-Security-Policy on; Ctrl+C stops)`);
} catch (error) {
  console.error(`preview: ${(error as Error).message}`);
  process.exitCode = 1;
}
