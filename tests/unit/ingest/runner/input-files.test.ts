/**
 * Reading input files one at a time: a file that disappears between listing and reading, or that is
 * not a regular file, is refused in its own outcome and the others are still processed.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processFiles } from '../../../../src/ingest/runner/pool.ts';
import { listInputs, readSource } from '../../../../src/ingest/runner/input-files.ts';

const SEED_FILE = 'content/sources/002_41cf74e07561e0d7.txt';
const root = mkdtempSync(join(tmpdir(), 'input-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reading input files', () => {
  it('refuses a file removed between listing and reading, and processes the others', async () => {
    const dir = join(root, 'vanish');
    mkdirSync(dir);
    for (const name of ['a.txt', 'b.txt', 'c.txt']) copyFileSync(SEED_FILE, join(dir, name));
    const listing = listInputs([dir]);
    rmSync(join(dir, 'b.txt'));
    const { outcomes } = await processFiles(
      listing.files.map(({ path, name }) => () => readSource(path, name)),
      { jobs: 1 },
    );
    expect(outcomes.map((o) => o.input.error)).toEqual([undefined, 'b.txt: 文件在列出之后、读取之前被删除或移走了，未读取', undefined]);
    expect(outcomes.map((o) => o.articles.length)).toEqual([1, 0, 1]);
  });

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const fifo = join(root, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(() => readSource(fifo, 'pipe.txt')).toThrow('pipe.txt: 不是普通文件（命名管道），未读取');
  });

  it('names an input that does not exist', () => {
    const missing = join(root, '新材料');
    expect(() => listInputs([SEED_FILE, missing])).toThrow(`${missing}: 没有这个文件或文件夹，请检查路径`);
  });
});
