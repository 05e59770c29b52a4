import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { madeOnce } from '../../../../src/tools/bench/commands.ts';

const root = mkdtempSync(join(tmpdir(), 'made-once-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a benchmark folder made once', () => {
  it('is made the first time and reused by later runs', async () => {
    const dir = join(root, 'corpus');
    let made = 0;
    const make = async () => {
      made++;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'a.txt'), 'x');
    };
    expect(await madeOnce(dir, make)).toBe(dir);
    await madeOnce(dir, make);
    expect(made).toBe(1);
  });

  it('is made again from scratch when a stopped run left it half done', async () => {
    const dir = join(root, 'half');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'stale.txt'), 'left by a stopped run');
    await madeOnce(dir, async () => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'b.txt'), 'y');
    });
    expect(existsSync(join(dir, 'stale.txt'))).toBe(false);
    expect(existsSync(join(dir, 'b.txt'))).toBe(true);
  });

  it('stays unfinished when making it fails, so the next run makes it again', async () => {
    const dir = join(root, 'failed');
    await expect(madeOnce(dir, async () => Promise.reject(new Error('generator failed')))).rejects.toThrow('generator failed');
    let made = 0;
    await madeOnce(dir, async () => {
      made++;
      mkdirSync(dir, { recursive: true });
    });
    expect(made).toBe(1);
  });
});
