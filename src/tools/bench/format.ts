/**
 * How the benchmarks print their figures: durations in seconds, wall time with CPU time, sizes in
 * the units each table states, the machine's load, and a timestamped log line. One place, so
 * every table writes the same figure the same way.
 */
import { loadavg } from 'node:os';

/** Wall and CPU milliseconds of a measured step. */
export interface Time {
  ms: number;
  cpuMs: number;
}

/** The sum of several steps' times (missing steps count 0). */
export function sumTimes(...parts: (Time | undefined)[]): Time {
  return {
    ms: parts.reduce((t, p) => t + (p?.ms ?? 0), 0),
    cpuMs: parts.reduce((t, p) => t + (p?.cpuMs ?? 0), 0),
  };
}

/** Milliseconds as seconds with one decimal: `12.3 s`. */
export const sec = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
/** Wall time, and CPU time in parentheses: `12.3 s (cpu 20.1 s)`. */
export const wallCpu = (time: Time): string => `${sec(time.ms)} (cpu ${sec(time.cpuMs)})`;
/** Milliseconds per page, wall and CPU: `4.2 (cpu 6.0)`. */
export const perPage = (time: Time, pages: number): string => `${(time.ms / pages).toFixed(1)} (cpu ${(time.cpuMs / pages).toFixed(1)})`;
/** One step's share of another, wall and CPU: `12% (cpu 9%)`. */
export const share = (part: Time, whole: Time): string => `${Math.round((100 * part.ms) / whole.ms)}% (cpu ${Math.round((100 * part.cpuMs) / whole.cpuMs)}%)`;

/** Bytes in decimal megabytes: `1.5 MB`. */
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
/** Bytes in decimal kilobytes, whole: `12 KB`. */
export const kb = (bytes: number): string => `${(bytes / 1e3).toFixed(0)} KB`;
/** Bytes in binary kilobytes with `digits` decimals, labelled KB as the tables have always been: `12.3 KB`. */
export const kib = (bytes: number, digits = 1): string => `${(bytes / 1024).toFixed(digits)} KB`;
/** Bytes in binary megabytes, labelled MB: `45.6 MB`. */
export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** Bytes in binary gigabytes: `1.23 GiB`. */
export const gib = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(2)} GiB`;

/** The machine's load average (1, 5, 15 minutes): `1.8 2.8 4.3`. */
export const loadAverage = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');

/** A log function writing `[label HH:MM:SS] message` (UTC) through `write`. */
export function timestampedLog(label: string, write: (line: string) => void): (message: string) => void {
  return (message) => write(`[${label} ${new Date().toISOString().slice(11, 19)}] ${message}`);
}
