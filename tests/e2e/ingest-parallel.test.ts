/**
 * The ingest command over a generated corpus: worker threads and the cache write exactly the bytes
 * a sequential, uncached run writes, and a re-run after editing one source rewrites only that
 * source's documents.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 120_000 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
};

/** Generated documents and the manifest, as relative path → content. */
function documents(dir: string): Record<string, string> {
  const out: Record<string, string> = { manifest: readFileSync(join(dir, '.ingest-manifest.json'), 'utf8') };
  for (const sub of ['speeches', 'reports']) {
    for (const name of readdirSync(join(dir, sub))) out[`${sub}/${name}`] = readFileSync(join(dir, sub, name), 'utf8');
  }
  return out;
}

describe('npm run ingest with worker threads and the cache', () => {
  let sources: string;
  let sequential: Record<string, string>;
  beforeAll(() => {
    sources = mkdtempSync(join(tmpdir(), 'corpus-'));
    run('scripts/corpus-generate.ts', '--docs', '80', '--out', sources, '--seed', '7');
    const out = mkdtempSync(join(tmpdir(), 'ingest-seq-'));
    run('scripts/ingest.ts', sources, '--out', out, '--jobs', '1', '--no-cache');
    sequential = documents(out);
  });

  it('writes the same bytes with 2 workers, and again from the cache', () => {
    const out = mkdtempSync(join(tmpdir(), 'ingest-par-'));
    const cache = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
    run('scripts/ingest.ts', sources, '--out', out, '--jobs', '2', '--cache', cache);
    expect(documents(out)).toEqual(sequential);
    const fromCache = mkdtempSync(join(tmpdir(), 'ingest-par-'));
    expect(run('scripts/ingest.ts', sources, '--out', fromCache, '--jobs', '2', '--cache', cache)).toMatch(/个输入文件未改动，取自缓存/);
    expect(documents(fromCache)).toEqual(sequential);
  });

  it('after editing one source, rewrites only the documents of that source', () => {
    const out = mkdtempSync(join(tmpdir(), 'ingest-edit-'));
    const cache = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
    run('scripts/ingest.ts', sources, '--out', out, '--cache', cache);
    const name = readdirSync(sources).filter((f) => f.endsWith('.txt')).sort()[3]!;
    const text = readFileSync(join(sources, name), 'utf8');
    const at = text.indexOf('。');
    writeFileSync(join(sources, name), `${text.slice(0, at + 1)}这一句是编辑新加的。${text.slice(at + 1)}`);
    const stdout = run('scripts/ingest.ts', sources, '--out', out, '--cache', cache);
    const after = documents(out);
    const changed = Object.keys(after).filter((p) => p !== 'manifest' && after[p] !== sequential[p]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((p) => after[p]!.includes(`file: ${name}`))).toBe(true);
    expect(changed.some((p) => after[p]!.includes('这一句是编辑新加的。'))).toBe(true);
    expect(stdout).toMatch(new RegExp(`${readdirSync(sources).filter((f) => f.endsWith('.txt')).length - 1} 个输入文件未改动`));
  });

  it('after a source is copied and another edited, writes what a run without the cache writes', () => {
    const edited = mkdtempSync(join(tmpdir(), 'corpus-edited-'));
    cpSync(sources, edited, { recursive: true });
    const out = mkdtempSync(join(tmpdir(), 'ingest-memo-'));
    const cache = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
    run('scripts/ingest.ts', edited, '--out', out, '--cache', cache);
    const names = readdirSync(edited).filter((f) => f.endsWith('.txt')).sort();
    // A copy of one compilation under another name: its documents are now duplicates across files.
    cpSync(join(edited, names[5]!), join(edited, `zz-${names[5]}`));
    const text = readFileSync(join(edited, names[2]!), 'utf8');
    writeFileSync(join(edited, names[2]!), text.replace('。', '。编辑又加了一句。'));
    run('scripts/ingest.ts', edited, '--out', out, '--cache', cache);
    const fresh = mkdtempSync(join(tmpdir(), 'ingest-fresh-'));
    run('scripts/ingest.ts', edited, '--out', fresh, '--no-cache');
    const expected = documents(fresh);
    expect(Object.keys(expected).filter((p) => p.includes('/zz-') && /^duplicateOf: /m.test(expected[p]!)).length).toBeGreaterThan(0);
    expect(documents(out)).toEqual(expected);
  });
});

