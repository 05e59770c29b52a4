/**
 * Measuring child processes for the benchmarks: wall time, CPU time and the peak resident memory
 * of the whole process tree (from /proc, so no external `time` binary is needed), and folder sizes.
 * CPU time is what to compare on a shared machine: wall time grows with other people's load.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface Measured {
  /** Wall time in milliseconds. */
  ms: number;
  /** User + system CPU time of the process and its descendants, in milliseconds, sampled every 200 ms (0 without /proc). */
  cpuMs: number;
  /** Peak sum of RSS over the process and its descendants, in bytes (0 where /proc is absent). */
  peakRss: number;
  stdout: string;
  stderr: string;
}

const PAGE = 4096;
const TICKS_PER_SECOND = 100;

/**
 * RSS in bytes of `root` and all its descendants, from /proc; records each one's CPU time so far
 * (user + system, ms) in `cpu`. Processes are seen while they run, so helpers that are killed
 * rather than waited for (Pagefind's binary) are counted too.
 */
function sampleTree(root: number, cpu: Map<number, number>): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const used = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * PAGE);
      used.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    if (used.has(pid)) cpu.set(pid, used.get(pid)!);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command to completion; rejects with its output when it exits non-zero. */
export function runMeasured(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let peakRss = 0;
    const cpu = new Map<number, number>();
    const sample = () => {
      if (existsSync('/proc') && child.pid) peakRss = Math.max(peakRss, sampleTree(child.pid, cpu));
    };
    const timer = setInterval(sample, 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`));
      else resolve({ ms, cpuMs: [...cpu.values()].reduce((a, b) => a + b, 0), peakRss, stdout, stderr });
    });
  });
}

/** Total size in bytes of the files below a folder (0 when absent). */
export function folderSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    total += entry.isDirectory() ? folderSize(full) : statSync(full).size;
  }
  return total;
}

/** Number of files below a folder whose name ends with `suffix`. */
export function countFiles(dir: string, suffix: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countFiles(join(dir, entry.name), suffix);
    else if (entry.name.endsWith(suffix)) n++;
  }
  return n;
}

/** Runs a Node script under this Node, measured; rejects with its output when it fails. */
export function runNodeScript(script: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measured> {
  return runMeasured(process.execPath, [script, ...args], options);
}
