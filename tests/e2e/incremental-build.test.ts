/**
 * Rebuilding after an editor changes one document: `npm run build` copies the pages the change does
 * not touch from the previous build (Astro's incremental build, keys in src/lib/page-key.ts) and
 * renders the rest, and the site it writes is the one a clean build of the same content writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { astroCacheDir } from '../../src/content-dir.ts';
import { loadTopics } from '../../src/taxonomy.ts';
import { runBuild } from './commands.ts';

let root: string;
let content: string;
let build = 0;

/** Builds the content folder into a new output folder; returns it and how each page was made. */
function buildSite({ args = [], env = {} }: { args?: string[]; env?: NodeJS.ProcessEnv } = {}) {
  const dist = join(root, `dist-${++build}`);
  const result = runBuild(content, dist, env, args);
  expect(result.status, result.stderr).toBe(0);
  return { dist, pages: pageLog(result.stdout) };
}

/** `/docs/x/` → 'restored' | 'rendered', from Astro's build log (`├─ /docs/x/index.html (restored)`). */
function pageLog(stdout: string): Map<string, 'restored' | 'rendered'> {
  const pages = new Map<string, 'restored' | 'rendered'>();
  for (const match of stdout.matchAll(/├─ (\S+?)(?:index\.html|\.html) (\(restored\)|\(cached\)|\(\+)/g)) {
    pages.set(match[1], match[2].startsWith('(+') ? 'rendered' : 'restored');
  }
  return pages;
}

/** The HTML pages of a built site, by path. */
function htmlPages(dist: string): Map<string, string> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html'));
  return new Map(files.map((e) => [relative(dist, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}

/** Rebuilds from scratch (no cache) and expects the same pages as `dist`. */
function expectSameAsCleanBuild(dist: string) {
  const clean = buildSite({ args: ['--force'] });
  expect([...clean.pages.values()].every((how) => how === 'rendered'), 'the clean build rendered every page').toBe(true);
  const expected = htmlPages(clean.dist);
  const actual = htmlPages(dist);
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [path, html] of expected) expect(actual.get(path), path).toBe(html);
}

/** Pages whose rendering an incremental build can skip (routes with getStaticPaths and a cache key). */
const KEYED = /^\/(docs\/[^/]+|topics\/[^/]+|(levels|kinds|years|places)(\/[^/]+)?)\/$/;
const renderedKeyed = (pages: Map<string, string>) => [...pages].filter(([path, how]) => how === 'rendered' && KEYED.test(path)).map(([path]) => path);

const docFile = (collection: string, id: string) => join(content, collection, `${id}.md`);
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]) as { title: string; topics: string[] };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'incremental-'));
  content = join(root, 'content');
  for (const collection of ['speeches', 'reports']) cpSync(join('content', collection), join(content, collection), { recursive: true });
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  // The build cache of this content folder (Astro's data store, the incremental build's copies).
  rmSync(astroCacheDir(content)!, { recursive: true, force: true });
});

describe('npm run build after changing one document', () => {
  it('renders only what the change shows on, and writes the site a clean build writes', () => {
    const first = buildSite();
    expect([...first.pages.values()].filter((how) => how === 'rendered').length).toBeGreaterThan(40);

    // A body edit shows on the document's own page only.
    const bodyDoc = readdirSync(join(content, 'speeches')).sort()[0]!.replace(/\.md$/, '');
    writeFileSync(docFile('speeches', bodyDoc), readFileSync(docFile('speeches', bodyDoc), 'utf8') + '\n编辑补充的一段话。\n');
    const afterBody = buildSite();
    expect(renderedKeyed(afterBody.pages)).toEqual([`/docs/${bodyDoc}/`]);
    expect(htmlPages(afterBody.dist).get(`docs/${bodyDoc}/index.html`)).toContain('编辑补充的一段话。');
    expectSameAsCleanBuild(afterBody.dist);

    // A new title and topic show in lists, neighbours and related documents too.
    const reportId = readdirSync(join(content, 'reports')).sort()[0]!.replace(/\.md$/, '');
    const text = readFileSync(docFile('reports', reportId), 'utf8');
    const { topics } = frontmatter(text);
    const all = loadTopics().map((t) => t.slug);
    const added = all.find((slug) => !topics.includes(slug))!;
    const untouched = all.find((slug) => !topics.includes(slug) && slug !== added)!;
    const edited = text.replace(/^title: .*$/m, 'title: 改过的标题').replace(/^topics:\n {2}- /m, `topics:\n  - ${added}\n  - `);
    expect(frontmatter(edited)).toMatchObject({ title: '改过的标题', topics: [added, ...topics] });
    writeFileSync(docFile('reports', reportId), edited);
    const afterTitle = buildSite();
    const rendered = renderedKeyed(afterTitle.pages);
    for (const path of [`/docs/${reportId}/`, `/topics/${added}/`, `/topics/${topics[0]}/`]) expect(rendered).toContain(path);
    expect(afterTitle.pages.get(`/topics/${untouched}/`)).toBe('restored');
    expect(htmlPages(afterTitle.dist).get(`topics/${added}/index.html`)).toContain('改过的标题');
    expectSameAsCleanBuild(afterTitle.dist);
  }, 900_000);

  it('reuses no page built for another base path', () => {
    if (build === 0) buildSite();
    const sub = buildSite({ env: { BASE_PATH: '/kb/' } });
    expect([...sub.pages.values()].filter((how) => how === 'restored')).toEqual([]);
    const home = htmlPages(sub.dist).get('index.html')!;
    expect(home).toContain('href="/kb/docs/"');
    expect(home).not.toContain('href="/docs/"');
  }, 300_000);
});
