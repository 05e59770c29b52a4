import { describe, expect, it } from 'vitest';
import { displayWidth, formatDuration, progressText, startProgress, type ProgressStream } from '../../../src/lib/progress.ts';

/** A stream that records what is written, with a clock the test moves. */
function fakeTerminal(isTTY: boolean, columns = 100) {
  const stream: ProgressStream & { text: string } = { isTTY, columns, text: '', write: (t: string) => (stream.text += t) };
  const clock = { ms: 0 };
  return { stream, clock, now: () => clock.ms };
}

describe('progress on a terminal', () => {
  it('updates one line in place with done/total, rate and time left, and ends with the elapsed time', () => {
    const { stream, clock, now } = fakeTerminal(true);
    const progress = startProgress({ label: '处理输入文件', total: 200, unit: '个文件', stream, now });
    for (let i = 0; i < 200; i++) {
      clock.ms += 50;
      progress.tick();
    }
    progress.done();
    const [lines, last] = [stream.text.split('\n'), stream.text.endsWith('\n')];
    expect(last).toBe(true);
    // Everything is on one line, rewritten with carriage returns: no line per file.
    expect(lines.filter(Boolean)).toHaveLength(1);
    const frames = stream.text.split('\r').filter(Boolean);
    expect(frames.length).toBeGreaterThan(20);
    expect(frames.length).toBeLessThan(200);
    expect(frames).toContainEqual(expect.stringMatching(/^处理输入文件 100\/200 个文件 · 50% · 20 个文件\/秒 · 剩余约 5 秒/));
    expect(frames.at(-1)).toMatch(/^处理输入文件 200\/200 个文件 · 用时 10 秒\s*\n$/);
    expect(stream.text).not.toContain('\x1b');
  });

  it('never writes past the terminal width, counting Chinese characters as two columns', () => {
    const { stream, now } = fakeTerminal(true, 30);
    const progress = startProgress({ label: '处理输入文件', total: 10, unit: '个文件', stream, now });
    progress.tick(3);
    for (const frame of stream.text.split('\r')) expect(displayWidth(frame)).toBeLessThan(30);
  });

  it('prints a log line above the progress line and draws the progress again', () => {
    const { stream, now } = fakeTerminal(true);
    const progress = startProgress({ label: '基准测试', total: 4, unit: '步', stream, now });
    progress.log('[bench] N=1000: ingest');
    expect(stream.text).toMatch(/\r +\r\[bench\] N=1000: ingest\n\r基准测试 0\/4 步/);
  });
});

describe('progress off a terminal', () => {
  it('prints a line per 10% of long work (none at 100%), and nothing for short work', () => {
    const slow = fakeTerminal(false);
    const progress = startProgress({ label: '写入搜索索引', total: 10_000, unit: '页', stream: slow.stream, now: slow.now });
    for (let i = 0; i < 10_000; i++) {
      slow.clock.ms += 10;
      progress.tick();
    }
    progress.done();
    const lines = slow.stream.text.split('\n').filter(Boolean);
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatch(/^写入搜索索引 1000\/10000 页 · 10% · 100 页\/秒 · 剩余约 1 分 30 秒$/);
    expect(slow.stream.text).not.toContain('\r');

    const fast = fakeTerminal(false);
    const quick = startProgress({ label: '打包', total: 500, unit: '个文件', stream: fast.stream, now: fast.now });
    for (let i = 0; i < 500; i++) {
      fast.clock.ms += 1;
      quick.tick();
    }
    quick.done();
    expect(fast.stream.text).toBe('');
  });
});

describe('progress of slow work', () => {
  it('gives the time per item instead of a rate below one a second', () => {
    expect(progressText('基准测试', '步', 3, 12, 90_000)).toBe('基准测试 3/12 步 · 25% · 每步 30 秒 · 剩余约 4 分 30 秒');
  });
});

describe('formatDuration', () => {
  it('writes seconds, minutes and hours in Chinese', () => {
    expect(formatDuration(8_400)).toBe('8 秒');
    expect(formatDuration(185_000)).toBe('3 分 05 秒');
    expect(formatDuration(3_720_000)).toBe('1 小时 02 分');
  });
});

describe('other output while a terminal shows progress', () => {
  it('goes above the progress line, which is drawn again below it', () => {
    const { stream, clock, now } = fakeTerminal(true);
    const progress = startProgress({ label: '写入搜索索引', total: 10, unit: '页', stream, now });
    clock.ms += 500;
    progress.tick();
    stream.write('[build] Waiting for integration "search-index"\n');
    clock.ms += 10;
    progress.tick();
    progress.done();
    stream.write('after\n');
    const lines = stream.text.split('\n').map((l) => l.split('\r').filter((f) => f.trim()).at(-1));
    expect(lines).toEqual(['[build] Waiting for integration "search-index"', expect.stringMatching(/^写入搜索索引 2\/10 页 · 用时 1 秒/), 'after', undefined]);
  });
});
