/**
 * The preview server (src/tools/hosting/static-server.ts) against hostile requests and races: it keeps
 * answering, closes what it opens, and never serves anything outside its folder.
 */
import fs, { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runServerLoad } from '../../../../src/tools/bench/server-load.ts';
import { startStaticServer, type RunningServer } from '../../../../src/tools/hosting/static-server.ts';

const NOT_FOUND_PAGE = '<!doctype html><title>页面不存在</title><p>页面不存在</p>';
let root: string;

/** A raw HTTP request: fetch() would normalize the hostile paths these tests need. */
function rawRequest(origin: string, path: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request(`${origin}/`, { method, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const openFds = () => readdirSync('/proc/self/fd').length;

/** Waits until `check` holds (polling), up to `ms`. */
async function eventually(check: () => boolean, ms = 3000) {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(root, 'docs'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><p>首页</p>');
  writeFileSync(join(root, 'docs', 'index.html'), '<!doctype html><p>文档</p>');
  writeFileSync(join(root, '404.html'), NOT_FOUND_PAGE);
  writeFileSync(join(root, 'digits.txt'), '0123456789abcdefghij');
  writeFileSync(join(root, 'big.bin'), Buffer.alloc(8 * 1024 * 1024, 1));
  writeFileSync(join(root, 'secret.txt'), 'outside');
  mkdirSync(join(root, 'site'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('preview server under /', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startStaticServer({ root, headers: { 'content-security-policy': "default-src 'self'" } });
  });
  afterAll(() => server.close());

  it('refuses to start a second server on its port, saying what to do', async () => {
    const port = Number(new URL(server.origin).port);
    await expect(startStaticServer({ root, port })).rejects.toThrow(`端口 ${port} 已被占用（也许已有一个预览在运行）；请先停掉它，或用 --port 换一个端口`);
  });

  it('answers a malformed percent-encoding with 400 and keeps answering', async () => {
    expect((await rawRequest(server.origin, '/%E0%A4%A')).status).toBe(400);
    expect((await rawRequest(server.origin, '/')).status).toBe(200);
  });

  it('never redirects to another host (GET /%2fevil.example/..%2fdocs)', async () => {
    const res = await rawRequest(server.origin, '/%2fevil.example/..%2fdocs');
    if (res.status >= 300 && res.status < 400) {
      const target = new URL(String(res.headers.location), server.url);
      expect(target.origin).toBe(server.origin);
      expect(String(res.headers.location)).not.toMatch(/^\/\/|^\/\\/);
    }
  });

  it('answers POST, PUT, DELETE and TRACE with 405', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'TRACE']) {
      const res = await rawRequest(server.origin, '/index.html', method);
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
    }
  });

  it('honours Range requests', async () => {
    const res = await rawRequest(server.origin, '/digits.txt', 'GET', { range: 'bytes=2-5' });
    expect(res.status).toBe(206);
    expect(res.body).toBe('2345');
    expect(res.headers['content-range']).toBe('bytes 2-5/20');
  });

  it('sends nosniff and the site headers on pages and on errors', async () => {
    for (const path of ['/', '/nothing-here/']) {
      const res = await rawRequest(server.origin, path);
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
      expect(res.headers['content-security-policy'], path).toBe("default-src 'self'");
    }
  });

  it("answers a missing page with the site's 404.html and status 404", async () => {
    const res = await rawRequest(server.origin, '/no/such/page/');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toBe(NOT_FOUND_PAGE);
  });

  it('does not follow symlinks out of its folder', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'pw.txt'), 'root:x:0:0');
    symlinkSync(join(outside, 'pw.txt'), join(root, 'pw.txt'));
    symlinkSync(outside, join(root, 'out'));
    try {
      for (const path of ['/pw.txt', '/out/pw.txt']) {
        const res = await rawRequest(server.origin, path);
        expect(res.status, path).toBe(404);
        expect(res.body).not.toContain('root:x');
      }
    } finally {
      unlinkSync(join(root, 'pw.txt'));
      unlinkSync(join(root, 'out'));
      rmSync(outside, { recursive: true });
    }
  });

  it('keeps a bounded memory of 404 paths (1,000 distinct 8 KB paths)', async () => {
    for (let i = 0; i < 1000; i++) await rawRequest(server.origin, `/missing-${i}-${'x'.repeat(8000)}`);
    expect(server.notFound.length).toBeLessThanOrEqual(100);
  });

  describe('a file removed between stat and open (a rebuild while preview runs)', () => {
    const original = fs.createReadStream;
    afterEach(() => {
      fs.createReadStream = original;
      syncBuiltinESMExports();
    });

    it('answers 404 and keeps answering', async () => {
      writeFileSync(join(root, 'vanishing.txt'), 'soon gone');
      fs.createReadStream = ((path: fs.PathLike, options?: never) => {
        if (String(path).endsWith('vanishing.txt')) rmSync(path, { force: true });
        return original(path, options);
      }) as typeof fs.createReadStream;
      syncBuiltinESMExports();
      const res = await rawRequest(server.origin, '/vanishing.txt');
      expect(res.status).toBe(404);
      expect((await rawRequest(server.origin, '/')).status).toBe(200);
    });
  });

  it('closes the files of aborted downloads (500 cancelled requests)', async () => {
    const baseline = openFds();
    await Promise.all(
      Array.from(
        { length: 500 },
        () =>
          new Promise<void>((resolve) => {
            const req = request(`${server.origin}/big.bin`, (res) => {
              res.once('data', () => {
                req.destroy();
                resolve();
              });
            });
            req.on('error', () => resolve());
            req.end();
          }),
      ),
    );
    await eventually(() => openFds() <= baseline + 2);
    expect(openFds()).toBeLessThanOrEqual(baseline + 2);
    expect((await rawRequest(server.origin, '/')).status).toBe(200);
  });
});

describe('preview server under a base path', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startStaticServer({ root, base: '/sub/dir/' });
  });
  afterAll(() => server.close());

  it('serves the site under the base, redirects folders and refuses paths outside it', async () => {
    expect((await rawRequest(server.origin, '/sub/dir/')).body).toContain('首页');
    const redirect = await rawRequest(server.origin, '/sub/dir/docs');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/sub/dir/docs/');
    expect((await rawRequest(server.origin, '/sub/dir/docs/')).body).toContain('文档');
    expect((await rawRequest(server.origin, '/docs/')).status).toBe(404);
    expect((await rawRequest(server.origin, '/sub/dir/%2e%2e/%2e%2e/etc/passwd')).status).not.toBe(200);
  });
});

describe('preview server under load (light version of npm run bench:server)', () => {
  it('keeps answering and returns to its open-file baseline', async () => {
    const figures = await runServerLoad({ concurrent: 200, aborted: 100, replaced: 50, rounds: 1 });
    expect(figures.answering).toBe(true);
    expect(figures.errors).toBe(0);
    expect(figures.after.fds).toBeLessThanOrEqual(figures.before.fds);
  });
});
