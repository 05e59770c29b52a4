import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { documentLoader } from '../../../src/collections/document-loader.ts';

const root = mkdtempSync(join(tmpdir(), 'document-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Entry = { id: string; data: Record<string, unknown>; filePath?: string; digest?: string; rendered?: unknown };

/** The part of Astro's loader context the loader uses, over a plain map; counts parseData calls. */
function fakeContext(entries = new Map<string, Entry>()) {
  const parsed: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => (entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    entries: () => [...entries],
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    has: (id: string) => entries.has(id),
    clear: () => entries.clear(),
    addModuleImport: () => {},
  };
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store,
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => (parsed.push(id), data),
    generateDigest: (text: string) => String(text.length) + text.slice(-20),
  } as unknown as LoaderContext;
  return { context, entries, parsed };
}

const doc = (title: string, body = '正文。') => `---\ntitle: ${title}\ndate: "2024-01-02"\n---\n\n## 一、标题\n\n${body}\n`;

describe('documentLoader', () => {
  const dir = join(root, 'speeches');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.md'), doc('甲'));
  writeFileSync(join(dir, 'b.md'), doc('乙'));
  const loader = documentLoader('speeches');
  const { context, entries, parsed } = fakeContext();

  it('stores each Markdown document’s frontmatter, path and digest, not its rendered text', async () => {
    await loader.load(context);
    expect([...entries.keys()].sort()).toEqual(['a', 'b']);
    expect(entries.get('a')).toMatchObject({ data: { title: '甲', date: '2024-01-02' }, filePath: 'speeches/a.md' });
    expect(entries.get('a')!.rendered).toBeUndefined();
  });

  it('parses only changed documents again and removes those whose file is gone', async () => {
    parsed.length = 0;
    writeFileSync(join(dir, 'b.md'), doc('乙', '改过的正文。'));
    rmSync(join(dir, 'a.md'));
    await loader.load(context);
    expect(parsed).toEqual(['b']);
    expect([...entries.keys()]).toEqual(['b']);
  });

  it('loads nothing, without failing, from a folder that does not exist', async () => {
    const empty = fakeContext();
    await documentLoader('reports').load(empty.context);
    expect(empty.entries.size).toBe(0);
  });

  it('names the file and line of broken frontmatter', async () => {
    writeFileSync(join(dir, 'c.md'), '---\ntitle: [未闭合\n---\n\n正文\n');
    await expect(loader.load(context)).rejects.toThrow(/speeches\/c\.md:\d+: frontmatter/);
    rmSync(join(dir, 'c.md'));
  });
});
