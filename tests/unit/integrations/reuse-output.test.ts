import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeStale, snapshot } from '../../../src/integrations/reuse-output.ts';

describe('removeStale (what a kept output folder loses after a build)', () => {
  let dir: string;
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'reuse-output-'));
    for (const path of ['index.html', 'docs/a/index.html', 'docs/gone/index.html', '_astro/old.css', '_astro/kept.css']) write(path, path);
    utimesSync(join(dir, '_astro/kept.css'), 1_000, 1_000);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('removes the files neither produced as pages nor written again, and the folders left empty', () => {
    const before = snapshot(dir);
    expect(before.size).toBe(5);
    write('_astro/kept.css', 'rewritten by this build');
    write('_astro/new.js', 'new');
    const removed = removeStale(dir, before, new Set([join(dir, 'index.html'), join(dir, 'docs/a/index.html')]));
    expect(removed).toBe(2);
    expect(existsSync(join(dir, 'docs/gone'))).toBe(false);
    expect(existsSync(join(dir, '_astro/old.css'))).toBe(false);
    for (const path of ['index.html', 'docs/a/index.html', '_astro/kept.css', '_astro/new.js']) expect(existsSync(join(dir, path)), path).toBe(true);
  });

  it('leaves the folders a later hook owns alone', () => {
    write('search-index/old/d0.bin', 'index file of the last build');
    const removed = removeStale(dir, snapshot(dir, ['search-index']), new Set());
    expect(removed).toBe(5);
    expect(existsSync(join(dir, 'search-index/old/d0.bin'))).toBe(true);
  });
});
