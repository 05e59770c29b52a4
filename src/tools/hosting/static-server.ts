/**
 * The static file server for dist/: serves a folder under a base path on 127.0.0.1, as a county
 * intranet's nginx or IIS would. Used by `npm run preview`, the browser tests and the benchmarks.
 * Files are sent by serve-static (Range, conditional requests, 405 for other methods, streams closed
 * when a client goes away); this module adds the base path, the site's headers, its 404 page and
 * the refusal of symlinks that lead out of the folder.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, realpath } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import serveStatic from 'serve-static';
import { EXTRA_MIME_TYPES, FEDERATED_FOLDERS, IMMUTABLE_CACHE, REVALIDATE_CACHE } from './server-config.ts';

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

/** How many 404 paths a server remembers for broken-link checks; the rest are only counted. */
export const MAX_NOT_FOUND_KEPT = 100;

export interface StaticServerOptions {
  /** Folder to serve (usually dist/). */
  root: string;
  /** URL path the site lives under, with leading and trailing slash. Default `/`. */
  base?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Extra response headers for every response, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  /**
   * Origins allowed to read the search indexes for a federated search (content/site.yaml
   * `federationReaders`): Access-Control-Allow-Origin on those folders only, as the deployment note configures it.
   */
  indexReaders?: readonly string[];
}

export interface RunningServer {
  /** Origin plus base, e.g. http://127.0.0.1:41234/sub/dir/ */
  url: string;
  origin: string;
  server: Server;
  /** The first MAX_NOT_FOUND_KEPT request paths answered with 404, for broken-link checks. */
  notFound: string[];
  close(): Promise<void>;
}

/** True when `path` exists and it (or, for a folder, its index.html) resolves outside `realRoot`. */
async function leadsOutside(path: string, realRoot: string): Promise<boolean> {
  const inside = (p: string) => p === realRoot || p.startsWith(realRoot + sep);
  for (const candidate of [path, join(path, 'index.html')]) {
    const real = await realpath(candidate).catch(() => undefined);
    if (real !== undefined && !inside(real)) return true;
  }
  return false;
}

/** The request's path decoded, or undefined when its percent-encoding is malformed. */
function decodedPath(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return undefined;
  }
}

/** Why the server could not listen, for the user (`npm run preview` prints it). */
function listenFailure(port: number, error: NodeJS.ErrnoException): Error {
  if (error.code === 'EADDRINUSE') return new Error(`端口 ${port} 已被占用（也许已有一个预览在运行）；请先停掉它，或用 --port 换一个端口`);
  if (error.code === 'EACCES') return new Error(`没有权限使用端口 ${port}；请用 --port 换一个大于 1024 的端口`);
  return new Error(`无法在 127.0.0.1:${port} 上启动服务（${error.message}）`);
}

/** Starts the server and resolves once it listens; rejects with a message in Chinese when it cannot. */
export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const base = options.base ?? '/';
  const root = resolve(options.root);
  const realRoot = await realpath(root);
  const extra = { 'x-content-type-options': 'nosniff', ...options.headers };
  const notFound: string[] = [];
  const files = serveStatic(root, {
    fallthrough: false,
    index: ['index.html'],
    cacheControl: false,
    setHeaders(res, path) {
      for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
      const type = MIME_TYPES[extname(path)];
      if (type) res.setHeader('content-type', type);
      res.setHeader('cache-control', path.startsWith(join(root, '_astro') + sep) ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
      if (FEDERATED_FOLDERS.some((folder) => path.startsWith(join(root, folder) + sep))) {
        res.setHeader('vary', 'Origin');
        const origin = res.req.headers.origin;
        if (origin && options.indexReaders?.includes(origin)) res.setHeader('access-control-allow-origin', origin);
      }
    },
  });

  /** A short plain-text answer; 404 gets the site's own 404 page, as the deployment note configures nginx to do. */
  const answerError = async (req: IncomingMessage, res: ServerResponse, status: number) => {
    // Failing after the body started (a file removed while being sent): only closing tells the client.
    if (res.headersSent) return void res.destroy();
    // Drop what serve-static set for the file it meant to send (ETag, Content-Range…).
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    let body: Buffer | string = status === 404 ? 'Not found' : status === 400 ? 'Bad request' : 'Error';
    let type = 'text/plain; charset=utf-8';
    if (status === 404) {
      if (notFound.length < MAX_NOT_FOUND_KEPT) notFound.push((req as { originalUrl?: string }).originalUrl ?? req.url ?? '');
      const page = await readFile(join(root, '404.html')).catch(() => undefined);
      if (page) [body, type] = [page, MIME_TYPES['.html']!];
    }
    res.writeHead(status, { ...extra, 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  /** answerError, and when even that fails, the connection closed: never an unhandled rejection. */
  const fail = (req: IncomingMessage, res: ServerResponse, status: number): Promise<void> =>
    answerError(req, res, status).catch(() => void res.destroy());

  const server = createServer((req, res) => {
    const answer = async () => {
      const original = req.url ?? '/';
      if (!original.startsWith(base)) return fail(req, res, 404);
      // serve-static sees the URL below the base; its redirects (folder → folder/) use the original URL.
      const below = `/${original.slice(base.length)}`;
      const path = decodedPath(below);
      if (path === undefined) return fail(req, res, 400);
      if (await leadsOutside(join(root, path), realRoot)) return fail(req, res, 404);
      Object.assign(req, { originalUrl: original, url: below });
      files(req, res, (error?: { status?: number; statusCode?: number }) => {
        void fail(req, res, error?.status ?? error?.statusCode ?? 404);
      });
    };
    void answer().catch(() => fail(req, res, 500));
  });
  await new Promise<void>((resolve, reject) => {
    const refused = (error: NodeJS.ErrnoException) => reject(listenFailure(options.port ?? 0, error));
    server.once('error', refused);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', refused);
      // Once listening, an error is a connection that could not be accepted (EMFILE when more
      // clients than the file limit connect at once): that client goes unanswered, the server goes on.
      server.on('error', () => {});
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + base,
    origin,
    server,
    notFound,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

