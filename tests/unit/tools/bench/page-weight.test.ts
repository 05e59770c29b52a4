import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { measurePageWeights, pageWeightTable } from '../../../../src/tools/bench/page-weight.ts';

const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
};
// A site built for /rdzl/: every page loads the stylesheet, document pages also a script.
const CSS = 'body { color: #222; }\n'.repeat(200);
const JS = 'console.log(1);\n'.repeat(300);
write('_astro/site.css', CSS);
write('_astro/doc.js', JS);
const page = (body: string, script = false) =>
  `<link rel="stylesheet" href="/rdzl/_astro/site.css">${script ? '<script type="module" src="/rdzl/_astro/doc.js"></script>' : ''}<main>${body}</main>`;
for (const path of ['index.html', 'topics/index.html', 'docs/index.html', '404.html', 'guide/a/index.html', 'topics/t/index.html', 'levels/l/index.html', 'kinds/k/index.html', 'years/y/index.html', 'places/p/index.html']) {
  write(path, page('x'));
}
write('docs/short/index.html', page('短', true));
write('docs/long/index.html', page('长文'.repeat(5000), true));

const gz = (text: string) => gzipSync(text, { level: 6 }).length;

describe('page weights of a built site', () => {
  const types = measurePageWeights(dist);

  it('counts each page type with the stylesheets and scripts its pages load, below the base path', () => {
    const docs = types.find((t) => t.type === 'document page')!;
    expect(docs.pages).toBe(2);
    expect(docs.median.css.gzip).toBe(gz(CSS));
    expect(docs.median.js.gzip).toBe(gz(JS));
    expect(docs.max.total).toBeGreaterThan(docs.median.total);
    expect(types.find((t) => t.type === 'facet page')!.pages).toBe(4);
  });

  it('prints a row per page type in KiB, with the heaviest page last', () => {
    const lines = pageWeightTable(types);
    expect(lines[0]).toMatch(/^page type +pages +HTML gz +CSS gz +JS gz +total gz +\(raw total\) +max total gz$/);
    expect(lines.slice(1, -1).map((l) => l.slice(0, 16).trim())).toEqual(['home', 'guide page', 'topic index', 'topic page', 'facet page', 'all documents', 'document page', 'not found (404)']);
    const docs = lines.find((l) => l.startsWith('document page'))!;
    expect(docs).toMatch(/^document page +2 +[\d.]+ KB +[\d.]+ KB +[\d.]+ KB +[\d.]+ KB {2}\( +[\d.]+ KB\) +[\d.]+ KB$/);
    expect(docs).toContain(`${(gz(CSS) / 1024).toFixed(1)} KB`);
    expect(lines.at(-1)).toMatch(/sizes in KiB; gzip level 6/);
  });
});
