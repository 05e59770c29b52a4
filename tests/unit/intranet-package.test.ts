import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectBase } from '../../scripts/lib/built-site.ts';
import { deployNote, forWindows } from '../../scripts/lib/deploy-note.ts';
import { iisWebConfig, nginxConfig } from '../../scripts/lib/server-config.ts';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rdzl-unit-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the base path of a build', () => {
  it('is read from the pages, so packing follows the build', async () => {
    const site = join(dir, 'site');
    await mkdir(join(site, 'docs'), { recursive: true });
    await writeFile(join(site, 'index.html'), '<p>no assets</p>');
    await writeFile(join(site, 'docs', 'index.html'), '<link rel="stylesheet" href="/rdzl/_astro/a.css">');
    expect(await detectBase(site)).toBe('/rdzl/');
  });

  it('cannot be read from a folder without a site, and the error names it', async () => {
    await expect(detectBase(join(dir, 'nothing'))).rejects.toThrow(`${join(dir, 'nothing')}: no built site here`);
  });
});

describe('server configuration and deployment note', () => {
  const csp = contentSecurityPolicy({ frameAncestors: ['http://portal.example.gov.cn'] });

  it('the CSP allows no inline script and lists the portal as frame ancestor', () => {
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).not.toMatch(/unsafe-eval|worker-src/);
    expect(csp).toMatch(/frame-ancestors 'self' http:\/\/portal\.example\.gov\.cn$/);
  });

  it('nginx repeats the headers in the nested location (add_header is not inherited)', () => {
    const conf = nginxConfig({ base: '/rdzl/', csp });
    expect(conf.match(/add_header Content-Security-Policy/g)).toHaveLength(2);
    expect(conf).toContain('location /rdzl/_astro/ {');
    expect(conf).toContain('alias /srv/www/rdzl/;');
  });

  it('web.config escapes the CSP quotes and re-declares MIME types without duplicates', () => {
    const xml = iisWebConfig({ base: '/rdzl/', csp });
    expect(xml).toContain(`<add name="Content-Security-Policy" value="${csp}" />`);
    expect(xml).not.toMatch(/value="[^"]*"[^ />]/);
    for (const ext of ['.pf_meta', '.pf_index', '.pf_fragment', '.pagefind', '.wasm']) {
      expect(xml).toContain(`<remove fileExtension="${ext}" />\n      <mimeMap fileExtension="${ext}"`);
    }
    expect(xml).toContain('path="/rdzl/404.html"');
  });

  it('the note opens in Notepad: UTF-8 BOM and CRLF, with a placeholder address flagged', () => {
    const note = deployNote({ base: '/rdzl/', csp, origin: 'http://kb.example.gov.cn', originIsPlaceholder: true, portalOrigins: [], folder: 'rdzl-20260101', fileCount: 3 });
    expect(note).toContain('src="http://kb.example.gov.cn/rdzl/embed/search/"');
    expect(note).toContain('是示例地址');
    const bytes = forWindows(note);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).not.toMatch(/[^\r]\n/);
  });
});
