import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectBase } from '../../../../src/tools/hosting/built-site.ts';
import { deployNote, forWindows } from '../../../../src/tools/hosting/deploy-note.ts';
import { iisWebConfig, nginxConfig } from '../../../../src/tools/hosting/server-config.ts';
import { contentSecurityPolicy, cspOptions } from '../../../../src/lib/csp.ts';
import { parseSiteConfig } from '../../../../src/lib/site-config.ts';

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
    await expect(detectBase(join(dir, 'nothing'))).rejects.toThrow(`${join(dir, 'nothing')}: 这里没有构建好的站点（缺少 index.html）；请先运行 npm run build`);
    const other = join(dir, 'other');
    await mkdir(other, { recursive: true });
    await writeFile(join(other, 'index.html'), '<p>其他程序生成的页面</p>');
    await expect(detectBase(other)).rejects.toThrow(
      `${other}: 无法确定站点的基础路径（没有页面带嵌入设置，也没有页面引用 <基础路径>_astro/）；请用 npm run build 重新构建`,
    );
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

describe('federation: the sites a search covers, and who may read this site’s indexes', () => {
  const config = parseSiteConfig(
    'federation:\n  - {name: 甲县, url: "http://a.example.gov.cn/rdzl"}\n  - {name: 乙县, url: "http://b.example:8080/"}\nfederationReaders: [http://city.example.gov.cn]\n',
  );

  it('lists the federated sites’ origins, and only them, in connect-src', () => {
    expect(config.federation.map((s) => s.url)).toEqual(['http://a.example.gov.cn/rdzl/', 'http://b.example:8080/']);
    const csp = contentSecurityPolicy(cspOptions(config));
    expect(csp).toContain("connect-src 'self' http://a.example.gov.cn http://b.example:8080;");
    expect(contentSecurityPolicy(cspOptions(parseSiteConfig('')))).toContain("connect-src 'self';");
  });

  it('refuses a federation entry that is not a site address', () => {
    for (const url of ['javascript:alert(1)', 'ftp://a.example/', 'http://a.example/x?y', '//a.example/']) {
      expect(() => parseSiteConfig(`federation: [{name: 甲, url: "${url}"}]`)).toThrow(/federation\.0\.url/);
    }
  });

  it('sends the CORS header for the listed readers on the index folders only (nginx and IIS)', () => {
    const csp = contentSecurityPolicy();
    const corsOrigins = config.federationReaders;
    const conf = nginxConfig({ base: '/rdzl/', csp, corsOrigins });
    const blocks = conf.split(/\n(?=    location )/);
    const withCors = blocks.filter((b) => b.includes('Access-Control-Allow-Origin'));
    expect(withCors.map((b) => b.match(/location (\S+)/)![1])).toEqual(['/rdzl/search-index/', '/rdzl/pagefind/']);
    for (const block of withCors) {
      expect(block).toContain('if ($http_origin ~ "^(http://city\\.example\\.gov\\.cn)$")');
      // Inside the if the location's headers are repeated: nginx drops them where a block adds its own.
      expect(block.match(/add_header Content-Security-Policy/g)).toHaveLength(2);
    }
    expect(nginxConfig({ base: '/rdzl/', csp })).not.toContain('Access-Control');
    const xml = iisWebConfig({ base: '/rdzl/', csp, corsOrigins });
    expect(xml.match(/<location path="(search-index|pagefind)">[\s\S]*?value="http:\/\/city\.example\.gov\.cn"/g)).toHaveLength(2);
    expect(iisWebConfig({ base: '/rdzl/', csp, corsOrigins: ['http://a.example', 'http://b.example'] })).toContain('value="*"');
    expect(iisWebConfig({ base: '/rdzl/', csp })).not.toContain('Access-Control');
  });

  it('the deployment note explains what each county must serve, with snippets', () => {
    const note = deployNote({ base: '/rdzl/', csp: contentSecurityPolicy(), origin: 'http://kb.example', originIsPlaceholder: false, portalOrigins: [], folder: 'f', fileCount: 1, federationOrigins: cspOptions(config).connectSources, corsOrigins: [] });
    expect(note).toContain('十、联合搜索');
    expect(note).toContain('本站搜索的其他网站：http://a.example.gov.cn、http://b.example:8080。');
    expect(note).toContain('Access-Control-Allow-Origin');
    expect(note).toContain('location /rdzl/search-index/ {');
    expect(note).toContain('<location path="pagefind">');
  });
});

