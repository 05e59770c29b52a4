/**
 * The lock the test builds take turns with (tests/e2e/commands.ts), taken by separate processes as
 * parallel test files do, in a temporary folder of their own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';

const COMMANDS = resolve('tests/e2e/commands.ts');
/** A process that takes the lock, notes its name in `order`, holds the lock a moment; `first` then asks again at once. */
const TAKER = `
import { appendFileSync, readdirSync } from 'node:fs';
import { acquireBuildLock } from ${JSON.stringify(COMMANDS)};
const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const name = process.argv[1];
let release = acquireBuildLock();
appendFileSync('order', name + '\\n');
if (name === 'first') {
  while (readdirSync('.astro/test-build.queue').length < 2) pause(10);
  release();
  release = acquireBuildLock();
  appendFileSync('order', 'first again\\n');
} else pause(100);
release();
`;

let dir: string;
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children) child.kill();
  rmSync(dir, { recursive: true, force: true });
});

const take = (name: string) => {
  const child = spawn(process.execPath, ['--input-type=module', '-e', TAKER, name], { cwd: dir, stdio: 'inherit' });
  children.push(child);
  return new Promise<number | null>((done) => child.on('exit', done));
};
const order = () => (existsSync(join(dir, 'order')) ? readFileSync(join(dir, 'order'), 'utf8').split('\n').filter(Boolean) : []);
const queued = () => (existsSync(join(dir, '.astro/test-build.queue')) ? readdirSync(join(dir, '.astro/test-build.queue')).length : 0);
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((wake) => setTimeout(wake, 10));
}

it('goes to the builds in the order they asked: a test file that builds again at once waits its turn', async () => {
  dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
  const done = [take('first')];
  await until(() => order().length === 1);
  done.push(take('second'));
  await until(() => queued() === 1);
  done.push(take('third'));
  expect(await Promise.all(done)).toEqual([0, 0, 0]);
  expect(order()).toEqual(['first', 'second', 'third', 'first again']);
});
