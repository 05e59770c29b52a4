import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeFingerprint } from '../../../src/utils/cache-fingerprint.ts';
import { localModuleFiles } from '../../../src/utils/module-graph.ts';
import { ingestFingerprint } from '../../../src/ingest/runner/cache.ts';

/** A small project: entry.ts imports ./lib/a.ts, which starts a worker from ./worker.ts. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'module-graph-'));
  mkdirSync(join(root, 'lib'));
  writeFileSync(join(root, 'package-lock.json'), '{}');
  writeFileSync(join(root, 'entry.ts'), "import { a } from './lib/a.ts';\n// import { old } from './gone.ts';\nexport const x = a;\n");
  writeFileSync(join(root, 'lib/a.ts'), "import {\n  b,\n} from '../b.ts';\nexport const a = b;\nconst here = new URL('../../', import.meta.url);\nnew Worker(new URL('./worker.ts', import.meta.url));\n");
  writeFileSync(join(root, 'b.ts'), "import { readFileSync } from 'node:fs';\nexport const b = 1;\n");
  writeFileSync(join(root, 'lib/worker.ts'), 'export {};\n');
  writeFileSync(join(root, 'unused.ts'), 'export const unused = 1;\n');
  return root;
}

describe('cache keys follow the code that runs', () => {
  it('lists the modules reachable through imports and worker URLs, not the others', () => {
    const root = project();
    expect(localModuleFiles([join(root, 'entry.ts')], root)).toEqual(['b.ts', 'entry.ts', 'lib/a.ts', 'lib/worker.ts']);
  });

  it('changes when an imported module moves, and again when the moved module is edited', () => {
    const root = project();
    const key = () => codeFingerprint([join(root, 'entry.ts')], root);
    const before = key();
    expect(key()).toBe(before);
    mkdirSync(join(root, 'shared'));
    renameSync(join(root, 'b.ts'), join(root, 'shared/b.ts'));
    writeFileSync(join(root, 'lib/a.ts'), "import { b } from '../shared/b.ts';\nexport const a = b;\nnew Worker(new URL('./worker.ts', import.meta.url));\n");
    const moved = key();
    expect(moved).not.toBe(before);
    writeFileSync(join(root, 'shared/b.ts'), 'export const b = 2;\n');
    expect(key()).not.toBe(moved);
  });

  it('refuses to build a key when an imported module is missing', () => {
    const root = project();
    rmSync(join(root, 'lib/worker.ts'));
    expect(() => codeFingerprint([join(root, 'entry.ts')], root)).toThrow(/worker\.ts, which does not exist/);
  });

  it('covers every module of the ingest pipeline, wherever it lives', () => {
    const files = localModuleFiles([new URL('../../../src/ingest/runner/worker.ts', import.meta.url)], process.cwd());
    expect(files).toContain('src/ingest/clean/noise-inline.ts');
    expect(files).toContain('src/schemas/document.ts');
    expect(files).toContain('src/collections/taxonomy.ts');
    expect(ingestFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});
