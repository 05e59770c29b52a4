/**
 * The preview server (`npm run preview`): the built site on 127.0.0.1 under the base path it was
 * built for, with the Content-Security-Policy and CORS headers it was built with, as the
 * intranet's nginx or IIS will serve it.
 */
import { servingSettings } from './built-site.ts';
import { startStaticServer, type RunningServer } from './static-server.ts';

/** Serves the build in `root` on `port` (0: any free port) as it will be deployed. */
export async function startPreview(root: string, port: number): Promise<RunningServer> {
  const { base, csp, indexReaders } = await servingSettings(root);
  return startStaticServer({ root, base, port, headers: { 'content-security-policy': csp }, indexReaders });
}
