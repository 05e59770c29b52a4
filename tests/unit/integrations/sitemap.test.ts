import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import sitemap, { NO_SITE_URL_WARNING } from '../../../src/integrations/sitemap.ts';

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
    await hooks['astro:build:done']({ dir: pathToFileURL(`${dir}/`), pages: [{ pathname: '' }, { pathname: 'docs/a/' }, { pathname: '404.html' }, { pathname: 'embed/search/' }], logger });
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

describe('the sitemap', () => {
  it('lists the pages for readers, leaving out the 404 page and the embed views', async () => {
    const { xml } = await buildSitemap(undefined);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['/rdzl/', '/rdzl/docs/a/']);
  });
});
