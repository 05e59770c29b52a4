import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExactIndex } from '../../../../src/search/build/exact-index.ts';
import { SearchClient } from '../../../../src/search/client/client.ts';
import { recordJson } from '../../../../src/search/shared/search-record.ts';
import { record } from '../records.ts';

const root = mkdtempSync(join(tmpdir(), 'search-segments-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a built page as Astro would: its indexed element and its search record. */
function writePage(dist: string, slug: string, title: string, body: string): void {
  mkdirSync(join(dist, 'docs', slug), { recursive: true });
  const html = `<!doctype html><html><head><title>${title}</title></head><body><nav>导航</nav><main><article data-pagefind-body><h1>${title}</h1><p>${body}</p></article><script type="application/json" data-search-record>${recordJson(record(title))}</script></main></body></html>`;
  writeFileSync(join(dist, 'docs', slug, 'index.html'), html);
}

/** URLs of the documents the browser's client finds for `query`, read from the written files. */
async function search(dist: string, query: string): Promise<string[]> {
  const client = new SearchClient(join(dist, 'search-index/'), async (path) => gunzipSync(readFileSync(path)));
  const { docs } = await client.search({ terms: [query], filters: {}, sort: 'relevance' });
  return (await Promise.all(docs.map(async (d) => (await client.fragment(d)).url))).sort();
}

describe('writeExactIndex', () => {
  const dist = join(root, 'dist');
  const cacheDir = join(root, 'cache');
  const texts: [string, string, string][] = [
    ['a', '甲文档', '加强人大代表工作，密切联系群众。'],
    ['b', '乙文档', '全国人大常委会听取审议专项工作报告。'],
    ['c', '丙文档', '乡镇人大主席团做好代表工作。'],
    ['d', '丁文档', '预算审查监督和执法检查。'],
    ['e', '戊文档', '全国人大常委会召开代表工作座谈会。'],
  ];
  for (const [slug, title, body] of texts) writePage(dist, slug, title, body);
  mkdirSync(join(dist, 'about'), { recursive: true });
  writeFileSync(join(dist, 'about/index.html'), '<html><body><p>关于本站：代表工作</p></body></html>');

  it('indexes the pages in segments, built in worker threads, and finds terms across all of them', async () => {
    const report = await writeExactIndex(dist, { cacheDir, segmentFiles: 2, threads: 2 });
    expect(report).toMatchObject({ docs: 5, segments: 3, built: 3 });
    expect(await search(dist, '代表工作')).toEqual(['docs/a/', 'docs/c/', 'docs/e/']);
    expect(await search(dist, '全国人大常委会')).toEqual(['docs/b/', 'docs/e/']);
  });

  it('takes unchanged segments from the cache and rebuilds only the one whose page changed', async () => {
    expect(await writeExactIndex(dist, { cacheDir, segmentFiles: 2 })).toMatchObject({ segments: 3, built: 0 });
    writePage(dist, 'd', '丁文档', '全国人大常委会开展执法检查。');
    expect(await writeExactIndex(dist, { cacheDir, segmentFiles: 2 })).toMatchObject({ segments: 3, built: 1 });
    expect(await search(dist, '全国人大常委会')).toEqual(['docs/b/', 'docs/d/', 'docs/e/']);
    expect(await search(dist, '预算审查')).toEqual([]);
  });

  it('brings dist/search-index/ up to date in place: unchanged files stay the same files, nothing stale remains', async () => {
    const out = join(dist, 'search-index');
    /** Every file of the output with its inode (a file linked or written again gets another). */
    const files = () =>
      new Map(
        readdirSync(out, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => [join(e.parentPath, e.name), statSync(join(e.parentPath, e.name)).ino]),
      );
    await writeExactIndex(dist, { cacheDir, segmentFiles: 2 });
    const first = files();
    await writeExactIndex(dist, { cacheDir, segmentFiles: 2 });
    expect(files()).toEqual(first);
    writePage(dist, 'a', '甲文档', '加强人大代表工作，密切联系人民群众。');
    const report = await writeExactIndex(dist, { cacheDir, segmentFiles: 2 });
    const after = files();
    // The segments, one pack folder and meta.bin: the changed segment's old folder and the old pack are gone.
    expect(readdirSync(out)).toHaveLength(report.segments + 2);
    const kept = [...after].filter(([path, ino]) => first.get(path) === ino);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.some(([path]) => path.includes('/pack-'))).toBe(false);
    expect(await search(dist, '人民群众')).toEqual(['docs/a/']);
  });

  it('builds the same index without a cache, into nothing but dist/search-index/', async () => {
    const before = readdirSync(dist).sort();
    expect(await writeExactIndex(dist, { segmentFiles: 2, threads: 1 })).toMatchObject({ docs: 5, built: 3 });
    expect(await search(dist, '代表工作')).toEqual(['docs/a/', 'docs/c/', 'docs/e/']);
    expect(readdirSync(dist).sort()).toEqual(before);
  });
});
