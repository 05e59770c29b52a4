import { describe, expect, it } from 'vitest';
import { planOutput, sha256, type Manifest } from '../../../../src/ingest/write/output-plan.ts';

const disk = (files: Record<string, string>) => (path: string) => files[path];
const manifestOf = (files: Record<string, string>): Manifest => ({
  files: Object.fromEntries(Object.entries(files).map(([p, c]) => [p, sha256(c)])),
});

describe('planOutput', () => {
  it('writes new and changed files and skips unchanged ones', () => {
    const before = { 'speeches/a.mdx': 'A1', 'speeches/b.mdx': 'B1' };
    const plan = planOutput(
      [
        { path: 'speeches/a.mdx', content: 'A1' },
        { path: 'speeches/b.mdx', content: 'B2' },
        { path: 'reports/c.mdx', content: 'C1' },
      ],
      disk(before),
      manifestOf(before),
    );
    expect(plan.write.map((f) => f.path)).toEqual(['speeches/b.mdx', 'reports/c.mdx']);
    expect(plan.conflicts).toEqual([]);
    expect(Object.keys(plan.manifest.files)).toEqual(['reports/c.mdx', 'speeches/a.mdx', 'speeches/b.mdx']);
  });

  it('deletes documents the last run wrote that this run no longer produces', () => {
    const before = { 'speeches/a.mdx': 'A', 'speeches/gone.mdx': 'G' };
    const plan = planOutput([{ path: 'speeches/a.mdx', content: 'A' }], disk(before), manifestOf(before));
    expect(plan.delete).toEqual(['speeches/gone.mdx']);
  });

  it('never overwrites or deletes a file edited by hand, unless forced', () => {
    const written = { 'speeches/a.mdx': 'A', 'speeches/gone.mdx': 'G' };
    const edited = { 'speeches/a.mdx': 'A edited', 'speeches/gone.mdx': 'G edited', 'speeches/mine.mdx': 'M' };
    const files = [
      { path: 'speeches/a.mdx', content: 'A new' },
      { path: 'speeches/mine.mdx', content: 'generated' },
    ];
    const plan = planOutput(files, disk(edited), manifestOf(written));
    expect(plan.write).toEqual([]);
    expect(plan.delete).toEqual([]);
    expect(plan.conflicts.sort()).toEqual(['speeches/a.mdx', 'speeches/gone.mdx', 'speeches/mine.mdx']);

    const forced = planOutput(files, disk(edited), manifestOf(written), true);
    expect(forced.write.map((f) => f.path)).toEqual(['speeches/a.mdx', 'speeches/mine.mdx']);
    expect(forced.delete).toEqual(['speeches/gone.mdx']);
    expect(forced.conflicts).toEqual([]);
  });

  it('records a digest the caller already computed instead of hashing the content again', () => {
    const plan = planOutput(
      [
        { path: 'speeches/a.mdx', content: 'A', digest: 'known' },
        { path: 'speeches/b.mdx', content: 'B' },
      ],
      disk({}),
      { files: {} },
    );
    expect(plan.manifest.files).toEqual({ 'speeches/a.mdx': 'known', 'speeches/b.mdx': sha256('B') });
  });
});
