import { describe, expect, it } from 'vitest';
import { planBatches, sourceGroup } from '../../../../src/search/build/pagefind.ts';
import type { IndexedPage } from '../../../../src/search/build/page-files.ts';

/** Pages of `files` source files with `articles` documents each. */
function pages(files: number, articles: number, hash = (path: string) => `h:${path}`): IndexedPage[] {
  return Array.from({ length: files * articles }, (_, i) => {
    const path = `docs/src${String(Math.floor(i / articles)).padStart(4, '0')}-${String((i % articles) + 1).padStart(2, '0')}/index.html`;
    return { path, hash: hash(path) };
  });
}

describe('Pagefind batches', () => {
  it('keeps every page once, in batches of about the batch size', () => {
    const all = pages(250, 4);
    const batches = planBatches(all, 100);
    expect(batches).toHaveLength(10);
    expect(batches.flatMap((b) => b.pages).sort()).toEqual(all.map((p) => p.path).sort());
    for (const b of batches) expect(b.pages.length).toBeLessThan(160);
  });

  it('puts the documents of one source file in the same batch', () => {
    for (const batch of planBatches(pages(250, 4), 100)) {
      const groups = new Set(batch.pages.map(sourceGroup));
      expect(batch.pages.length).toBe(groups.size * 4);
    }
    expect(sourceGroup('docs/000-d5488321af5301b8-02/index.html')).toBe('docs/000-d5488321af5301b8');
  });

  it('changes the key of exactly the batch whose pages changed, whatever the input order', () => {
    const before = planBatches(pages(250, 4), 100);
    const edited = pages(250, 4, (path) => (path.startsWith('docs/src0007-') ? `new:${path}` : `h:${path}`)).reverse();
    const after = planBatches(edited, 100);
    const changed = after.filter((b, i) => b.key !== before[i].key);
    expect(changed).toHaveLength(1);
    expect(changed[0].pages).toContain('docs/src0007-01/index.html');
    expect(after.map((b) => b.pages)).toEqual(before.map((b) => b.pages));
  });
});
