/**
 * Parallel ingestion and its cache, as a user notices them: the same outcomes in the same order
 * whatever the number of workers, unchanged files taken from the cache, an edited file processed
 * again, and a change to a data file (noise patterns, taxonomy…) invalidating every entry.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingestFingerprint, openIngestCache } from '../../../../src/ingest/runner/cache.ts';
import { INGEST_DATA_FILES } from '../../../../src/ingest/runner/context.ts';
import { MIN_FILES_FOR_WORKERS, processFiles } from '../../../../src/ingest/runner/pool.ts';
import { extractMaterial, generateCorpus } from '../../../../src/tools/synthetic-corpus/generate.ts';
import { listInputs, readSource } from '../../../../src/ingest/runner/input-files.ts';
import type { SourceFile } from '../../../../src/ingest/types.ts';

const seeds = (): SourceFile[] => listInputs(['content/sources']).files.map(({ path, name }) => readSource(path, name));

/** Compilations from the corpus generator, as source files. */
function generated(docs: number): SourceFile[] {
  const material = extractMaterial(seeds().map((f) => Buffer.from(f.bytes).toString('utf8')));
  const places = [{ name: '疏勒县', province: '新疆维吾尔自治区' }, { name: '陆良县', province: '云南省' }];
  return generateCorpus(material, places, { docs, seed: 3 }).map((f) => edited({ name: f.name, bytes: new Uint8Array(), sha256: '' }, f.text));
}

/** A source file with new bytes (and their hash), as when an editor changes the document. */
function edited(file: SourceFile, text: string): SourceFile {
  const bytes = Buffer.from(text, 'utf8');
  return { name: file.name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const titles = (outcome: { articles: { data: { title: string } }[] }) => outcome.articles.map((a) => a.data.title);

describe('processFiles', () => {
  it('returns the same outcomes in input order with 1 job and with 3 worker threads', async () => {
    const files = [...seeds(), ...generated(60)];
    expect(files.length).toBeGreaterThanOrEqual(MIN_FILES_FOR_WORKERS);
    const sequential = await processFiles(files, { jobs: 1 });
    const parallel = await processFiles(files, { jobs: 3 });
    expect(parallel.outcomes.map((o) => o.input.file)).toEqual(files.map((f) => f.name));
    expect(parallel.outcomes).toEqual(sequential.outcomes);
    expect(sequential.outcomes.slice(0, 5).flatMap((o) => o.articles)).toHaveLength(21);
  });

  it('takes unchanged files from the cache and processes an edited file again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
    const files = seeds();
    const cache = openIngestCache(dir, 'a'.repeat(64));
    const first = await processFiles(files, { jobs: 1, cache });
    expect(first.cached).toBe(0);

    const again = await processFiles(seeds(), { jobs: 2, cache: openIngestCache(dir, 'a'.repeat(64)) });
    expect(again.cached).toBe(files.length);
    expect(again.outcomes).toEqual(first.outcomes);

    // The single-article seed (002) gets a new title line: only it is processed, and the new title shows.
    const i = files.findIndex((f) => f.name.startsWith('002'));
    const text = Buffer.from(files[i]!.bytes).toString('utf8');
    const changed = files.map((f, k) => (k === i ? edited(f, `在全县人大代表工作会议上的讲话\n${text}`) : f));
    const after = await processFiles(changed, { jobs: 1, cache: openIngestCache(dir, 'a'.repeat(64)) });
    expect(after.cached).toBe(files.length - 1);
    expect(titles(after.outcomes[i]!)).not.toEqual(titles(first.outcomes[i]!));
    expect(after.outcomes.filter((_, k) => k !== i)).toEqual(first.outcomes.filter((_, k) => k !== i));
  });

  it('misses every entry after a data file changes, and drops the stale entries', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ingest-root-'));
    mkdirSync(join(root, 'content'));
    for (const file of INGEST_DATA_FILES) cpSync(file, join(root, file));
    const before = ingestFingerprint(root);
    expect(ingestFingerprint(root)).toBe(before);
    appendFileSync(join(root, 'content/noise.yaml'), '\n# an editor adds a comment\n');
    const after = ingestFingerprint(root);
    expect(after).not.toBe(before);

    const dir = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
    const files = seeds();
    await processFiles(files, { jobs: 1, cache: openIngestCache(dir, before) });
    const rerun = await processFiles(files, { jobs: 1, cache: openIngestCache(dir, after) });
    expect(rerun.cached).toBe(0);
    expect(existsSync(join(dir, before))).toBe(false);
    expect(readdirSync(join(dir, after))).toHaveLength(files.length);
  });

  it('treats an unreadable cache entry as a miss', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
    const files = seeds().slice(0, 1);
    await processFiles(files, { jobs: 1, cache: openIngestCache(dir, 'b'.repeat(64)) });
    const [entry] = readdirSync(join(dir, 'b'.repeat(64)));
    writeFileSync(join(dir, 'b'.repeat(64), entry!), 'not a cache entry');
    const rerun = await processFiles(files, { jobs: 1, cache: openIngestCache(dir, 'b'.repeat(64)) });
    expect(rerun.cached).toBe(0);
    expect(rerun.outcomes[0]!.articles.length).toBeGreaterThan(0);
  });
});
