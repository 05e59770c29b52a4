/**
 * Progress of long work (ingest, the build's search indexes, package, bench) on the terminal.
 * On a terminal: one line updated in place (carriage return, no escape codes), at most every
 * 100 ms, with done/total, percentage, rate and the estimated time left. Otherwise (CI, logs): a
 * plain line each time another ~10% is done, at most one a second and none at 100%, so short
 * work prints nothing and long work nine lines; never a line per item.
 */

/** The stream progress is written to: stdout by default. */
export interface ProgressStream {
  write(text: string, ...rest: any[]): any;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** What is being done, e.g. `处理输入文件`. */
  label: string;
  total: number;
  /** What is counted, e.g. `个文件`, `页`. */
  unit: string;
  stream?: ProgressStream;
  /** Milliseconds clock (tests pass their own). */
  now?: () => number;
}

/** A running progress display. */
export interface Progress {
  /** Records `n` more items done. */
  tick(n?: number): void;
  /** Records that `done` items are done in all. */
  set(done: number): void;
  /** Prints text of its own above the progress line (on `to`, default the progress stream). */
  log(text: string, to?: ProgressStream): void;
  /** Ends the display: a terminal keeps one final line with the elapsed time. */
  done(): void;
}

/** Milliseconds between updates of the line on a terminal. */
const REDRAW_MS = 100;
/** Least milliseconds between two lines when not on a terminal. */
const LINE_MS = 1000;
/** Fraction of the work between two lines when not on a terminal. */
const LINE_STEP = 0.1;

/** A duration in Chinese: `8 秒`, `3 分 05 秒`, `1 小时 02 分`. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} 秒`;
  if (s < 3600) return `${Math.floor(s / 60)} 分 ${String(s % 60).padStart(2, '0')} 秒`;
  return `${Math.floor(s / 3600)} 小时 ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} 分`;
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1;
  return width;
}

/** `text` cut to at most `columns` terminal columns. */
function fit(text: string, columns: number): string {
  let out = '';
  let width = 0;
  for (const char of text) {
    width += displayWidth(char);
    if (width > columns) break;
    out += char;
  }
  return out;
}

/** The status text: `处理输入文件 120/270 个文件 · 44% · 41.3 个文件/秒 · 剩余约 4 秒`. */
export function progressText(label: string, unit: string, done: number, total: number, elapsedMs: number): string {
  const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  // Slow work (the benchmark's steps) reads better as time per item than as items per second.
  const rateText = rate >= 10 ? `${rate.toFixed(0)} ${unit}/秒` : rate >= 1 || rate === 0 ? `${rate.toFixed(1)} ${unit}/秒` : `每${unit} ${formatDuration(1000 / rate)}`;
  const leftMs = done > 0 ? ((total - done) * elapsedMs) / done : Infinity;
  const left = done >= total ? '即将完成' : leftMs === Infinity ? '估算剩余时间…' : leftMs < 1000 ? '剩余不到 1 秒' : `剩余约 ${formatDuration(leftMs)}`;
  return `${label} ${done}/${total} ${unit} · ${pct}% · ${rateText} · ${left}`;
}

/**
 * Starts showing progress of `total` items. On a terminal, whatever else this process writes to
 * the terminal meanwhile (its stdout and stderr) is printed above the progress line, which is then
 * drawn again; a write that does not end a line holds the progress line back until one does.
 */
export function startProgress({ label, total, unit, stream = process.stdout, now = () => performance.now() }: ProgressOptions): Progress {
  const started = now();
  const terminal = stream.isTTY === true;
  let done = 0;
  // Off a terminal the first line waits LINE_MS too: short work prints no progress at all.
  let lastDraw = terminal ? -Infinity : started;
  let shownWidth = 0;
  let nextStep = LINE_STEP;
  let finished = false;
  /** Another write left a line unfinished: drawing now would overwrite it. */
  let held = false;

  // The streams written to while a terminal shows the line, with their own write functions.
  const hooked = new Map<ProgressStream, ProgressStream['write']>();
  const raw = (target: ProgressStream, text: string, ...rest: unknown[]) => (hooked.get(target) ?? target.write).call(target, text, ...rest);

  const draw = (text: string) => {
    const line = fit(text, Math.max(20, (stream.columns || 80) - 1));
    const width = displayWidth(line);
    raw(stream, `\r${line}${' '.repeat(Math.max(0, shownWidth - width))}`);
    shownWidth = width;
  };
  const clear = () => {
    if (shownWidth) raw(stream, `\r${' '.repeat(shownWidth)}\r`);
    shownWidth = 0;
  };
  const update = (force = false) => {
    const t = now();
    if (terminal) {
      if (!held && (force || t - lastDraw >= REDRAW_MS)) {
        draw(progressText(label, unit, done, total, t - started));
        lastDraw = t;
      }
    } else if (done < total && done / total >= nextStep && t - lastDraw >= LINE_MS) {
      raw(stream, `${progressText(label, unit, done, total, t - started)}\n`);
      lastDraw = t;
      nextStep = (Math.floor(done / total / LINE_STEP) + 1) * LINE_STEP;
    }
  };
  /** Writes `text` to `target` above the progress line. */
  const above = (target: ProgressStream, text: string, ...rest: unknown[]) => {
    clear();
    const result = raw(target, text, ...rest);
    held = !text.endsWith('\n');
    update(true);
    return result;
  };

  if (terminal) {
    const std: ProgressStream[] = [process.stdout, process.stderr];
    for (const target of new Set([stream, ...(std.includes(stream) ? std.filter((s) => s.isTTY) : [])])) {
      hooked.set(target, target.write);
      target.write = (chunk: unknown, ...rest: unknown[]) => {
        if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) return hooked.get(target)!.call(target, chunk as string, ...rest);
        // The encoding and callback arguments go along: a caller may wait for its callback.
        return above(target, typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'), ...rest);
      };
    }
    update(true);
  }
  return {
    tick(n = 1) {
      this.set(done + n);
    },
    set(count) {
      if (finished) return;
      done = Math.min(total, count);
      update();
    },
    log(text, to = stream) {
      if (terminal) above(to, `${text}\n`);
      else raw(to, `${text}\n`);
    },
    done() {
      if (finished) return;
      finished = true;
      if (!terminal) return;
      // A line another write left unfinished stays as it is; the final line goes below it.
      if (held) raw(stream, '\n');
      held = false;
      draw(`${label} ${done}/${total} ${unit} · 用时 ${formatDuration(now() - started)}`);
      raw(stream, '\n');
      for (const [target, write] of hooked) target.write = write;
    },
  };
}
