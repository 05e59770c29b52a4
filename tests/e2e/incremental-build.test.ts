/**
 * Rebuilding after an editor changes one document: `npm run build` keeps the pages the change does
 * not touch (Astro's incremental build, keys in src/lib/page-key.ts; the last build's output
 * folder kept by src/integrations/reuse-output.ts, or pages copied from Astro's cache into a new
 * one) and renders the rest, and the site it writes is the one a clean build of the same content writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { astroCacheDir } from '../../src/collections/content-dir.ts';
import { loadTopics } from '../../src/collections/taxonomy.ts';
import { runBuild } from './commands.ts';

/** How many documents of each collection of content/ the editor's content folder holds. */
const CORPUS: [string, number][] = [
  ['speeches', 4],
  ['reports', 3],
];

let root: string;
/** The editor's content folder, and another one built into the same output folder. */
let content: string;
let other: string;
let site: string;

/** Builds `from` into `dist`; returns how each page was made. */
function buildSite(dist: string, { from = content, args = [], env = {} }: { from?: string; args?: string[]; env?: NodeJS.ProcessEnv } = {}) {
  const result = runBuild(from, dist, env, args);
  expect(result.status, result.stderr).toBe(0);
  return pageLog(result.stdout);
}

/** `/docs/x/` → 'kept' (from the last build) | 'rendered', from Astro's build log (`├─ /docs/x/index.html (cached)`). */
function pageLog(stdout: string): Map<string, 'kept' | 'rendered'> {
  const pages = new Map<string, 'kept' | 'rendered'>();
  // Astro colours its log when CI is set: drop the ANSI escapes first.
  const plain = stdout.replace(/\x1b\[[0-9;]*m/g, '');
  for (const match of plain.matchAll(/├─ (\S+?)(?:index\.html|\.html) (\(restored\)|\(cached\)|\(\+)/g)) {
    pages.set(match[1], match[2].startsWith('(+') ? 'rendered' : 'kept');
  }
  return pages;
}

/** Every file of a built site, by path. */
function files(dist: string): Map<string, Buffer> {
  const entries = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(entries.map((e) => [relative(dist, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]));
}
const page = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');

/** Clean builds by the content they were made from (its files' hash): a content is built clean once. */
const cleanBuilds = new Map<string, string>();

/** A hash of every file of the editor's content folder. */
function contentHash(): string {
  const hash = createHash('sha256');
  for (const [path, bytes] of [...files(content)].sort(([a], [b]) => a.localeCompare(b))) hash.update(path).update('\0').update(bytes);
  return hash.digest('hex');
}

/** Builds the content from scratch (no cache) into a new folder, once per content, and expects the same files as `dist`. */
function expectSameAsCleanBuild(dist: string) {
  const key = contentHash();
  let cleanDist = cleanBuilds.get(key);
  if (!cleanDist) {
    cleanDist = join(root, `clean-${cleanBuilds.size + 1}`);
    const pages = buildSite(cleanDist, { args: ['--force'] });
    expect([...pages.values()].every((how) => how === 'rendered'), 'the clean build rendered every page').toBe(true);
    cleanBuilds.set(key, cleanDist);
  }
  const expected = files(cleanDist);
  const actual = files(dist);
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [path, bytes] of expected) expect(actual.get(path)!.equals(bytes), path).toBe(true);
}

/** Pages whose rendering an incremental build can skip (routes with getStaticPaths and a cache key). */
const KEYED = /^\/(docs\/[^/]+|topics\/[^/]+|(levels|kinds|years|places)(\/[^/]+)?)\/$/;
const renderedKeyed = (pages: Map<string, string>) => [...pages].filter(([path, how]) => how === 'rendered' && KEYED.test(path)).map(([path]) => path);

const docFile = (collection: string, id: string) => join(content, collection, `${id}.md`);
const firstId = (collection: string) => readdirSync(join(content, collection)).sort()[0]!.replace(/\.md$/, '');
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]) as { title: string; topics: string[] };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'incremental-'));
  content = join(root, 'content');
  other = join(root, 'other');
  site = join(root, 'site');
  // A few documents of each collection: enough for lists, neighbours, related documents and facet
  // pages (more than 40 pages), and every build costs less than one of the whole sample.
  for (const [collection, count] of CORPUS) {
    mkdirSync(join(content, collection), { recursive: true });
    for (const name of readdirSync(join('content', collection)).sort().slice(0, count)) cpSync(join('content', collection, name), join(content, collection, name));
  }
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  // The build caches of the content folders (Astro's data store, the incremental build's copies).
  for (const dir of [content, other]) rmSync(astroCacheDir(dir)!, { recursive: true, force: true });
});

describe('npm run build after changing one document', () => {
  it('renders only what the change shows on, and writes the site a clean build writes', () => {
    const first = buildSite(site);
    expect([...first.values()].filter((how) => how === 'rendered').length).toBeGreaterThan(40);

    // A body edit shows on the document's own page only.
    const bodyDoc = firstId('speeches');
    writeFileSync(docFile('speeches', bodyDoc), readFileSync(docFile('speeches', bodyDoc), 'utf8') + '\n编辑补充的一段话。\n');
    const afterBody = buildSite(site);
    expect(renderedKeyed(afterBody)).toEqual([`/docs/${bodyDoc}/`]);
    expect(page(site, `docs/${bodyDoc}/index.html`)).toContain('编辑补充的一段话。');
    expectSameAsCleanBuild(site);

    // A new title and topic show in lists, neighbours and related documents too.
    const reportId = firstId('reports');
    const text = readFileSync(docFile('reports', reportId), 'utf8');
    const { topics } = frontmatter(text);
    const all = loadTopics().map((t) => t.slug);
    const added = all.find((slug) => !topics.includes(slug))!;
    const untouched = all.find((slug) => !topics.includes(slug) && slug !== added)!;
    const edited = text.replace(/^title: .*$/m, 'title: 改过的标题').replace(/^topics:\n {2}- /m, `topics:\n  - ${added}\n  - `);
    expect(frontmatter(edited)).toMatchObject({ title: '改过的标题', topics: [added, ...topics] });
    writeFileSync(docFile('reports', reportId), edited);
    const afterTitle = buildSite(site);
    const rendered = renderedKeyed(afterTitle);
    for (const path of [`/docs/${reportId}/`, `/topics/${added}/`, `/topics/${topics[0]}/`]) expect(rendered).toContain(path);
    expect(afterTitle.get(`/topics/${untouched}/`)).toBe('kept');
    expect(page(site, `topics/${added}/index.html`)).toContain('改过的标题');
    expectSameAsCleanBuild(site);
  }, 900_000);

  it('removes the page of a removed document', () => {
    const gone = firstId('speeches');
    rmSync(docFile('speeches', gone));
    const pages = buildSite(site);
    expect(pages.has(`/docs/${gone}/`)).toBe(false);
    expect(readdirSync(join(site, 'docs'))).not.toContain(gone);
    expectSameAsCleanBuild(site);
  }, 600_000);

  it('copies the pages from the cache into a new output folder', () => {
    const fresh = join(root, 'fresh');
    const pages = buildSite(fresh);
    expect(renderedKeyed(pages)).toEqual([]);
    expectSameAsCleanBuild(fresh);
  }, 600_000);

  it('keeps nothing of a build of other content into the same output folder', () => {
    buildSite(site);
    // The other content differs in one title; its build rewrites the output folder.
    cpSync(content, other, { recursive: true });
    const id = firstId('reports');
    writeFileSync(join(other, 'reports', `${id}.md`), readFileSync(docFile('reports', id), 'utf8').replace(/^title: .*$/m, 'title: 另一份内容的标题'));
    buildSite(site, { from: other });
    expect(page(site, `docs/${id}/index.html`)).toContain('另一份内容的标题');
    buildSite(site);
    expect(page(site, `docs/${id}/index.html`)).not.toContain('另一份内容的标题');
    expectSameAsCleanBuild(site);
  }, 600_000);

  it('builds everything again when a kept page links to a script this build did not write', () => {
    buildSite(site);
    // What a change to another page's script can leave (shared chunks renamed, this page kept):
    // the page loads a chunk the build no longer writes.
    const id = firstId('reports');
    const path = join(site, 'docs', id, 'index.html');
    const html = readFileSync(path, 'utf8');
    const stale = html.replace(/(src="[^"]*\/_astro\/)[^"]+\.js"/, '$1SearchBox.gone.js"');
    expect(stale).not.toBe(html);
    writeFileSync(path, stale);
    const result = runBuild(content, site);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`docs/${id}/index.html → _astro/SearchBox.gone.js），改为全部重新生成`);
    expect(page(site, `docs/${id}/index.html`)).not.toContain('SearchBox.gone.js');
    expectSameAsCleanBuild(site);
  }, 600_000);

  it('reuses no page built for another base path', () => {
    const sub = buildSite(site, { env: { BASE_PATH: '/kb/' } });
    expect([...sub.values()].filter((how) => how === 'kept')).toEqual([]);
    const home = page(site, 'index.html');
    expect(home).toContain('href="/kb/docs/"');
    expect(home).not.toContain('href="/docs/"');
  }, 300_000);
});
