import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectBuildSettings, servingSettings } from '../../../../src/tools/hosting/built-site.ts';
import { deployNote } from '../../../../src/tools/hosting/deploy-note.ts';

describe('packaging', () => {
  it('reads the portal origins from the built pages, not from content/site.yaml', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'dist-'));
    try {
      const page = (origins: string) =>
        `<!doctype html><head><meta name="rdzl:embed" data-base="/" data-link-target="_parent" ${origins}></head>`;
      await writeFile(join(dist, 'index.html'), page('data-portal-origins="http://a.example http://b.example" data-connect-origins="http://c.example" data-index-readers="http://city.example"'));
      expect(await detectBuildSettings(dist)).toEqual({ portalOrigins: ['http://a.example', 'http://b.example'], connectSources: ['http://c.example'], indexReaders: ['http://city.example'] });
      await writeFile(join(dist, 'index.html'), page('data-portal-origins'));
      expect(await detectBuildSettings(dist)).toEqual({ portalOrigins: [], connectSources: [], indexReaders: [] });
      // A page from another build carries no settings: packing stops rather than guess them.
      await writeFile(join(dist, 'index.html'), '<!doctype html><p>其他程序生成的页面</p>');
      await expect(detectBuildSettings(dist)).rejects.toThrow(
        `${dist}: index.html 里没有站点设置（<meta name="rdzl:embed">），无法得知构建时的嵌入和联合搜索设置；请用 npm run build 重新构建`,
      );
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });

  it('serves a build with its base path and a CSP that lets its portals frame it and its search read the other sites', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'dist-'));
    try {
      await writeFile(
        join(dist, 'index.html'),
        '<!doctype html><head><meta name="rdzl:embed" data-base="/rdzl/" data-portal-origins="http://portal.example" data-connect-origins="http://c.example" data-index-readers=""></head>',
      );
      const serving = await servingSettings(dist);
      expect(serving.base).toBe('/rdzl/');
      expect(serving.csp).toMatch(/connect-src 'self' http:\/\/c\.example;/);
      expect(serving.csp).toMatch(/frame-ancestors 'self' http:\/\/portal\.example$/);
      expect(serving.indexReaders).toEqual([]);
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });

  it('the deployment note says first, about embedding, that no portal may frame the site by default', () => {
    const options = { base: '/', csp: "frame-ancestors 'self'", origin: 'http://kb', originIsPlaceholder: false, folder: 'f', fileCount: 1 };
    const embedding = (note: string) => note.slice(note.indexOf('八、嵌入门户'));
    const none = embedding(deployNote({ ...options, portalOrigins: [] }));
    expect(none.split('\n')[1]).toContain('没有设置可以嵌入本站的门户地址');
    const some = embedding(deployNote({ ...options, portalOrigins: ['http://portal.example'] }));
    expect(some.split('\n')[1]).toContain('http://portal.example');
  });
});
