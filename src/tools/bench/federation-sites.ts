/**
 * The sites of the federation benchmark, below .bench/federation/: one generated and ingested
 * corpus shared by all of them, each site built from its share of the documents with its own
 * site.yaml, and the documents' URLs read back from a built site's index.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeMeta } from '../../search/shared/index-format.ts';
import { buildSite, generateSources, ingestSources, madeOnce } from './commands.ts';

/** Where the federation benchmark writes everything. */
export const FEDERATION_ROOT = resolve('.bench/federation');

/** A document file of the shared corpus: its collection and its path. */
export type DocumentFile = [collection: string, path: string];

/**
 * Generates and ingests `count` documents and a tenth more once (a few generated articles come out
 * as duplicates and are left out); returns the files of those that are not duplicates, by path.
 */
export async function federationDocuments(count: number, seed: number, log: (message: string) => void): Promise<DocumentFile[]> {
  const total = Math.ceil(count * 1.1);
  const content = join(FEDERATION_ROOT, `content-${total}-seed${seed}`);
  await madeOnce(content, async () => {
    const sources = join(FEDERATION_ROOT, `sources-${total}`);
    log(`generating and ingesting ${total} documents`);
    await generateSources(total, sources, seed);
    await ingestSources(sources, content, join(FEDERATION_ROOT, 'ingest-cache'));
  });
  return ['speeches', 'reports']
    .flatMap((c) => (existsSync(join(content, c)) ? readdirSync(join(content, c)).map((f) => [c, join(content, c, f)] as DocumentFile) : []))
    .filter(([, file]) => !/^duplicateOf:/m.test(readFileSync(file, 'utf8')))
    .sort(([, a], [, b]) => a.localeCompare(b));
}

/**
 * Builds a site from `files` with `settings` as its site.yaml into `name`/dist; with `reuse`, a
 * site built before from the same files and settings is kept. Returns the dist folder.
 */
export async function buildMemberSite(name: string, files: readonly DocumentFile[], settings: string, reuse: boolean, log: (message: string) => void): Promise<string> {
  const dir = join(FEDERATION_ROOT, name);
  const dist = join(dir, 'dist');
  const stamp = join(dir, '.built');
  const key = `${files.length} ${files[0]?.[1]} ${settings}`;
  if (reuse && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return dist;
  rmSync(dir, { recursive: true, force: true });
  for (const [collection, file] of files) {
    mkdirSync(join(dir, 'content', collection), { recursive: true });
    cpSync(file, join(dir, 'content', collection, file.split('/').pop()!));
  }
  writeFileSync(join(dir, 'content/site.yaml'), settings);
  log(`building ${name} (${files.length} documents)`);
  await buildSite(join(dir, 'content'), dist, { BASE_PATH: '/' });
  writeFileSync(stamp, key);
  return dist;
}

/** The URLs (relative to the site) of the documents of a built site, by document number. */
export function documentUrls(dist: string): string[] {
  const dir = join(dist, 'search-index');
  const meta = decodeMeta(gunzipSync(readFileSync(join(dir, 'meta.bin'))));
  return meta.segments.flatMap((segment) =>
    Array.from({ length: segment.docs }, (_, d) => (JSON.parse(gunzipSync(readFileSync(join(dir, segment.dir, `d${d}.bin`))).toString()) as { url: string }).url),
  );
}
