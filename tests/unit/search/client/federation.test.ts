import { describe, expect, it } from 'vitest';
import type { IndexInput } from '../../../../src/search/build/build-index.ts';
import { encodeMeta } from '../../../../src/search/shared/index-format.ts';
import { FederatedClient, siteHref, type SearchSite } from '../../../../src/search/client/federation.ts';
import { SearchClient } from '../../../../src/search/client/client.ts';
import { buildIndex, page } from '../records.ts';

const PAGE = 'http://city.example/rdzl/search/';

/** The files of a site's index built from `pages`, by URL under `base`. */
function siteFiles(base: string, pages: IndexInput[], site = { name: base, base }): Map<string, Uint8Array> {
  const { meta, files } = buildIndex(pages, 2);
  files.set('meta.bin', encodeMeta({ ...meta, site }));
  return new Map([...files].map(([path, bytes]) => [`${base}search-index/${path}`, bytes]));
}

/** A loader over several sites' files; a site listed in `down` fails like a network error. */
function loader(files: Map<string, Uint8Array>, down: readonly string[] = []) {
  return async (url: string) => {
    if (down.some((base) => url.startsWith(base))) throw new TypeError('Failed to fetch');
    const bytes = files.get(url);
    if (!bytes) throw new Error(`no file ${url}`);
    return bytes;
  };
}

const TEXTS = ['代表联络站建设', '人大监督工作', '代表建议办理', '乡镇人大主席团', '监督法实施', '代表之家', '人大代表履职', '预算审查监督'];
/** Pages of site `s`: each text, numbered per site, spread over topics and levels. */
const pagesOf = (s: number, count: number) =>
  Array.from({ length: count }, (_, i) =>
    page(`站${s}文${i}`, [TEXTS[(i * 3 + s) % TEXTS.length], TEXTS[(i + s * 5) % TEXTS.length]], 2010 + ((i + s) % 5), i % 2 ? 'deputies' : 'oversight', s === 2 ? 'township' : 'county'),
  );

const SITES: SearchSite[] = [
  { name: '本站', base: '/rdzl/' },
  { name: '甲县', base: 'http://a.example/kb/' },
  { name: '乙县', base: 'http://b.example/' },
];
const sitePages = [pagesOf(0, 5), pagesOf(1, 7), pagesOf(2, 4)];
const allFiles = new Map(SITES.flatMap((site, s) => [...siteFiles(site.base, sitePages[s])]));

/** The results of each site searched alone, as `site title` lines. */
async function singleSiteResults(terms: string[], filters: Partial<Record<'level' | 'topic', string>> = {}): Promise<string[]> {
  const lines: string[] = [];
  for (const site of SITES) {
    const single = new SearchClient(`${site.base}search-index/`, loader(allFiles));
    const own = await single.search({ terms, filters, sort: 'relevance' });
    for (const doc of own.docs) lines.push(`${site.name} ${(await single.fragment(doc)).title}`);
  }
  return lines.sort();
}

describe('federated search over several sites', () => {
  it('answers the union of the sites’ exact results, with each result’s site and link', async () => {
    const federated = new FederatedClient(SITES, { load: loader(allFiles), page: PAGE });
    for (const query of [['代表'], ['监督'], ['人大', '代表'], ['乡镇人大主席团'], ['没有这个词']]) {
      const result = await federated.search({ terms: query, filters: {}, sort: 'relevance' });
      const got = await Promise.all(result.docs.map(async (doc) => federated.fragment(doc)));
      expect(got.map((f) => `${f.site} ${f.title}`).sort()).toEqual(await singleSiteResults(query));
      expect(result.failures).toEqual([]);
      for (const f of got) {
        const base = SITES[f.siteIndex].base;
        expect(new URL(f.href!, PAGE).href).toBe(new URL(`${base}${f.url}`, PAGE).href);
        expect(f.site).toBe(SITES[f.siteIndex].name);
      }
    }
  });

  it('filters and counts by facet key across sites', async () => {
    const federated = new FederatedClient(SITES, { load: loader(allFiles), page: PAGE });
    const all = await federated.search({ terms: ['代表'], filters: {}, sort: 'relevance' });
    for (const [facet, key] of [['level', 'township'], ['level', 'county'], ['topic', 'deputies']] as const) {
      const filtered = await federated.search({ terms: ['代表'], filters: { [facet]: key }, sort: 'relevance' });
      const got = await Promise.all(filtered.docs.map(async (doc) => federated.fragment(doc)));
      expect(got.map((f) => `${f.site} ${f.title}`).sort()).toEqual(await singleSiteResults(['代表'], { [facet]: key }));
      expect(all.facetCounts[facet].get(all.meta.facets[facet].findIndex((v) => v.key === key))).toBe(filtered.docs.length);
    }
    // Values are matched by key: one entry per level, though three sites have documents of it.
    expect(all.meta.facets.level.map((v) => v.key).sort()).toEqual(['county', 'township']);
    const county = await federated.search({ terms: ['代表'], filters: { level: 'county' }, sort: 'relevance' });
    const sites = new Set(await Promise.all(county.docs.map(async (d) => (await federated.fragment(d)).site)));
    expect([...sites].sort()).toEqual(['本站', '甲县'].sort());
  });

  it('names a site that is down, slow, broken or of another index version, and still answers from the others', async () => {
    const files = new Map(allFiles);
    const old = buildIndex(sitePages[1], 2);
    const { format: _format, site: _site, ...oldHead } = old.meta;
    files.set('http://a.example/kb/search-index/meta.bin', encodeMeta(oldHead as typeof old.meta));
    const slow = { name: '丙县', base: 'http://slow.example/' };
    const broken = { name: '丁县', base: 'http://broken.example/' };
    const load = async (url: string, signal?: AbortSignal) => {
      if (url.startsWith(slow.base)) return new Promise<Uint8Array>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
      if (url.startsWith(broken.base)) throw new Error('The compressed data was not valid');
      return loader(files, ['http://b.example/'])(url);
    };
    const federated = new FederatedClient([...SITES, slow, broken], { load, page: PAGE, timeoutMs: 50 });
    const result = await federated.search({ terms: ['代表'], filters: {}, sort: 'relevance' });
    expect(result.failures.map((f) => f.message)).toEqual([
      '甲县：索引由旧版本生成，该站点重新构建后才能一起搜索，已跳过',
      '乙县：无法访问（网络错误或未允许跨站读取），未包含其结果',
      '丙县：响应超时，未包含其结果',
      '丁县：索引已损坏或不是本系统的索引，未包含其结果',
    ]);
    const own = await new SearchClient('/rdzl/search-index/', loader(allFiles)).search({ terms: ['代表'], filters: {}, sort: 'relevance' });
    expect(result.docs.length).toBe(own.docs.length);
  });

  it('refuses result links that leave their site’s base', () => {
    const base = 'http://a.example/kb/';
    expect(siteHref(base, 'docs/x/', PAGE)).toBe('http://a.example/kb/docs/x/');
    expect(siteHref('/rdzl/', 'docs/x/', PAGE)).toBe('/rdzl/docs/x/');
    for (const url of ['../etc/', './x/', 'docs/%2e%2e/%2E%2E/x/', 'docs/../../x/', '/kb/docs/x/', '//evil.example/kb/', 'javascript:alert(1)', 'JavaScript:alert(1)', 'http://evil.example/kb/x/', 'data:text/html,x', '\\\\evil.example\\x']) {
      expect(siteHref(base, url, PAGE), url).toBeUndefined();
    }
  });
});
