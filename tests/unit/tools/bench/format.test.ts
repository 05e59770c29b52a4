import { describe, expect, it } from 'vitest';
import { gib, kb, kib, loadAverage, mb, mib, perPage, sec, share, sumTimes, timestampedLog, wallCpu } from '../../../../src/tools/bench/format.ts';

describe('benchmark figures as printed', () => {
  it('show seconds with one decimal and the CPU time beside the wall time', () => {
    expect(sec(12_345)).toBe('12.3 s');
    expect(wallCpu({ ms: 1_500, cpuMs: 2_960 })).toBe('1.5 s (cpu 3.0 s)');
  });

  it('add the times of several steps, a missing step counting nothing', () => {
    expect(sumTimes({ ms: 100, cpuMs: 50 }, undefined, { ms: 20, cpuMs: 10 })).toEqual({ ms: 120, cpuMs: 60 });
  });

  it('give milliseconds per page and a share of the whole, wall and CPU', () => {
    expect(perPage({ ms: 1_000, cpuMs: 2_500 }, 200)).toBe('5.0 (cpu 12.5)');
    expect(share({ ms: 25, cpuMs: 10 }, { ms: 100, cpuMs: 100 })).toBe('25% (cpu 10%)');
  });

  it('name the unit of every size, decimal or binary as each table states', () => {
    expect(mb(1_550_000)).toBe('1.6 MB');
    expect(kb(12_400)).toBe('12 KB');
    expect(kib(2_048)).toBe('2.0 KB');
    expect(kib(2_560, 0)).toBe('3 KB');
    expect(mib(3 * 1024 * 1024)).toBe('3.0 MB');
    expect(gib(2 ** 30 * 1.5)).toBe('1.50 GiB');
  });

  it('print the load average as three figures', () => {
    expect(loadAverage()).toMatch(/^\d+\.\d \d+\.\d \d+\.\d$/);
  });

  it('stamp every log line with its label and the time of day', () => {
    const lines: string[] = [];
    timestampedLog('bench', (line) => lines.push(line))('N=50: ingest');
    expect(lines).toEqual([expect.stringMatching(/^\[bench \d\d:\d\d:\d\d\] N=50: ingest$/)]);
  });
});
