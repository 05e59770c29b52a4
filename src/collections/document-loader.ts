/**
 * Content loader of a document collection (speeches/, reports/). Markdown documents are stored
 * with their frontmatter only and rendered when their page is built (src/lib/render-document.ts);
 * MDX documents, which editors write by hand, go through Astro's glob loader, which compiles them.
 *
 * Astro's glob loader renders every Markdown entry into the data store, and Astro reads, rewrites
 * and bundles that whole store into the build as one module on every build: 105 MB at 10,000
 * documents, ~8 s of every build and rebuild (Vite alone: 7.5 s at 10,000 documents, 1.3 s at 1,000).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { parseFrontmatter } from './frontmatter.ts';

/** Names of the files in `dir` ending in `extension`, sorted; none when the folder does not exist. */
function filesIn(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort();
}

/** Whether a stored entry is a Markdown document (as opposed to an MDX one). */
const isMarkdownEntry = (entry: { filePath?: string } | undefined) => entry?.filePath?.endsWith('.md') ?? false;

/** Stores the Markdown documents of `dir` (frontmatter only), skipping unchanged ones; removes those whose file is gone. */
async function syncMarkdown(dir: string, { store, parseData, generateDigest, config }: LoaderContext): Promise<void> {
  const root = fileURLToPath(config.root);
  const seen = new Set<string>();
  for (const name of filesIn(dir, '.md')) {
    const id = name.slice(0, -'.md'.length);
    seen.add(id);
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    const digest = generateDigest(text);
    if (store.get(id)?.digest === digest) continue;
    const filePath = relative(root, path).split(sep).join('/');
    const front = parseFrontmatter(filePath, text);
    if ('problems' in front) throw new Error(front.problems.join('\n'));
    const data = await parseData({ id, data: front.data as Record<string, unknown>, filePath });
    store.set({ id, data, filePath, digest });
  }
  for (const [id, entry] of store.entries()) if (isMarkdownEntry(entry) && !seen.has(id)) store.delete(id);
}

/**
 * Loads the MDX documents of `dir` with Astro's glob loader (`mdx`), which is shown only the MDX
 * entries (it removes the entries it did not load) and no watcher (documentLoader watches).
 */
async function syncMdx(dir: string, mdx: Loader, context: LoaderContext): Promise<void> {
  const { store } = context;
  if (filesIn(dir, '.mdx').length === 0) {
    for (const [id, entry] of store.entries()) if (!isMarkdownEntry(entry)) store.delete(id);
    return;
  }
  await mdx.load({ ...context, watcher: undefined, store: { ...store, keys: () => store.keys().filter((id) => !isMarkdownEntry(store.get(id))) } });
}

/** The loader of the documents in `base` (relative to the project root). */
export function documentLoader(base: string): Loader {
  const mdx = glob({ pattern: '*.mdx', base, retainBody: false });
  return {
    name: 'document-loader',
    load: async (context) => {
      const dir = resolve(fileURLToPath(context.config.root), base);
      const sync = async () => {
        await syncMarkdown(dir, context);
        await syncMdx(dir, mdx, context);
      };
      await sync();
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir + sep) && /\.mdx?$/.test(path)) void sync();
      });
    },
  };
}
