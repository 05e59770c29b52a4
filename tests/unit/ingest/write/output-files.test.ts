import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPlan, insideOutput, readManifest } from '../../../../src/ingest/write/output-files.ts';
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

  it('stops on a damaged manifest, naming it and what to do', () => {
    const out = mkdtempSync(join(tmpdir(), 'apply-'));
    writeFileSync(join(out, '.ingest-manifest.json'), '{"files": {');
    expect(() => readManifest(out)).toThrow(`${join(out, '.ingest-manifest.json')}: 不是有效的 JSON，无法读取；请删除这个文件，再加 --force 重新运行`);
  });

  it('refuses paths outside the output folder', () => {
    expect(() => insideOutput('/tmp/out', '../x.mdx')).toThrow('../x.mdx: 不在输出文件夹 /tmp/out 之内，拒绝读写');
  });
});
