import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPlan, insideOutput } from '../../../../src/ingest/write/output-files.ts';
import { planOutput } from '../../../../src/ingest/write/output-plan.ts';

describe('applyPlan', () => {
  it('removes the temporary files a killed run left, and keeps everything else', () => {
    const out = mkdtempSync(join(tmpdir(), 'apply-'));
    mkdirSync(join(out, 'speeches'));
    writeFileSync(join(out, 'speeches', 'a-01.mdx.4242.tmp'), '---\ntitle: 半');
    writeFileSync(join(out, '.ingest-manifest.json.4242.tmp'), '{');
    writeFileSync(join(out, 'speeches', 'notes.txt'), 'kept');
    applyPlan(out, planOutput([{ path: 'speeches/a-01.mdx', content: 'whole\n' }], () => undefined, { files: {} }));
    expect(readdirSync(join(out, 'speeches')).sort()).toEqual(['a-01.mdx', 'notes.txt']);
    expect(readdirSync(out).sort()).toEqual(['.ingest-manifest.json', 'speeches']);
  });

  it('refuses paths outside the output folder', () => {
    expect(() => insideOutput('/tmp/out', '../x.mdx')).toThrow('refusing to write outside /tmp/out: ../x.mdx');
  });
});
