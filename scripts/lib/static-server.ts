/**
 * A small static file server for dist/: serves a folder under a base path on 127.0.0.1, as a
 * county intranet's nginx or IIS would. Used by `npm run preview:static`, the browser tests and the benchmarks.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { EXTRA_MIME_TYPES } from './server-config.ts';

/** MIME types of what the site ships; the unusual ones are those the deployment note configures. */
export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  ...Object.fromEntries(EXTRA_MIME_TYPES),
};

export interface StaticServerOptions {
  /** Folder to serve (usually dist/). */
  root: string;
  /** URL path the site lives under, with leading and trailing slash. Default `/`. */
  base?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Extra response headers for every file, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
}

export interface RunningServer {
  /** Origin plus base, e.g. http://127.0.0.1:41234/sub/dir/ */
  url: string;
  origin: string;
  server: Server;
  /** Every request path the server answered with 404, for broken-link checks. */
  notFound: string[];
  close(): Promise<void>;
}

/** Starts the server and resolves once it listens. */
export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const base = options.base ?? '/';
  const root = normalize(options.root);
  const notFound: string[] = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const fail = (code: number) => {
      if (code === 404) notFound.push(path);
      res.writeHead(code, { 'content-type': 'text/plain; charset=utf-8', ...options.headers });
      res.end(code === 404 ? 'Not found' : 'Error');
    };
    if (!path.startsWith(base)) return fail(404);
    let file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) return fail(404);
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/` });
          return res.end();
        }
        file = join(file, 'index.html');
        info = await stat(file);
      }
      res.writeHead(200, {
        'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        ...options.headers,
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch {
      // A missing page gets the site's own 404 page, as the deployment note configures nginx to do.
      fail(404);
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + base,
    origin,
    server,
    notFound,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
