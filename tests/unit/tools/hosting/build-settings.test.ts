import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import sitemap, { NO_SITE_URL_WARNING } from '../../../../src/integrations/sitemap.ts';
import { detectBuildSettings } from '../../../../src/tools/hosting/built-site.ts';
import { deployNote } from '../../../../src/tools/hosting/deploy-note.ts';

type Hooks = Record<string, (options: unknown) => unknown>;

/** Runs the sitemap integration's hooks as `astro build` does; returns the warnings and the XML. */
async function buildSitemap(site: string | undefined): Promise<{ warnings: string[]; xml: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'sitemap-'));
  try {
    const hooks = sitemap().hooks as Hooks;
    const warnings: string[] = [];
    const logger = { warn: (m: string) => warnings.push(m), info() {}, error() {}, debug() {} };
    await hooks['astro:config:done']({ config: { site, base: '/rdzl' }, logger });
    await hooks['astro:build:start']({ logger });
    await hooks['astro:build:done']({ dir: pathToFileURL(`${dir}/`), pages: [{ pathname: '' }, { pathname: 'docs/a/' }, { pathname: '404.html' }], logger });
    return { warnings, xml: await readFile(join(dir, 'sitemap.xml'), 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('a build without SITE_URL', () => {
  it('warns once and writes paths into the sitemap, never a guessed host', async () => {
    const { warnings, xml } = await buildSitemap(undefined);
    expect(warnings).toEqual([NO_SITE_URL_WARNING]);
    expect(xml).toContain('<loc>/rdzl/docs/a/</loc>');
    expect(xml).not.toMatch(/localhost|<loc>http/);
  });
  it('writes absolute addresses, silently, with SITE_URL', async () => {
    const { warnings, xml } = await buildSitemap('http://kb.example.gov.cn');
    expect(warnings).toEqual([]);
    expect(xml).toContain('<loc>http://kb.example.gov.cn/rdzl/docs/a/</loc>');
  });
});

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
