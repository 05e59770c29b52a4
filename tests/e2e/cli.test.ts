/**
 * The command-line tools as county IT staff use them: every command answers --help in Chinese and
 * refuses a mistyped option or a missing value with one line and its usage (exit 2, no stack
 * trace); ingesting a thousand documents prints a summary of a few dozen lines; on a terminal the
 * progress is one line updated in place, and NO_COLOR turns colour off.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestReport } from '../../src/ingest/report.ts';
import { childEnv } from './commands.ts';

/** Every script: `npm run <name>` for those package.json names, the file itself for the others. */
const npmScripts = Object.entries(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>);
const COMMANDS = readdirSync('scripts')
  .filter((f) => f.endsWith('.ts'))
  .map((file) => {
    const npm = npmScripts.find(([, command]) => command === `node scripts/${file}`)?.[0];
    return { file, usage: npm ? `npm run ${npm} --` : `node_modules/.bin/node scripts/${file}` };
  });

/** Plain environment: no colour forced by the test runner. */
const env = (extra: NodeJS.ProcessEnv = {}) => {
  const e = childEnv(extra);
  delete e.FORCE_COLOR;
  return e;
};

const run = (file: string, ...args: string[]) =>
  spawnSync(process.execPath, [`scripts/${file}`, ...args], { encoding: 'utf8', env: env(), timeout: 120_000 });

/** No Node stack trace or error class name in the output. */
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |TypeError|ERR_PARSE_ARGS|node:internal/);

describe.each(COMMANDS)('$usage', ({ file, usage }) => {
  let help: string;
  beforeAll(() => {
    const result = run(file, '--help');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    help = result.stdout;
  });

  it('answers --help and -h with its usage in Chinese: what it does, options with defaults, examples', () => {
    const escaped = usage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(help.split('\n')[0]).toMatch(new RegExp(`^用法：${escaped}( \\[[^\\]]+\\])? \\[选项\\]$`));
    expect(help).toContain('默认');
    expect(help).toMatch(/\n选项\n/);
    expect(help).toMatch(/-h, --help +显示本说明/);
    expect(help).toMatch(/\n示例\n {2}\S.*# \S/);
    expect(help).not.toContain('\x1b');
  });

  it('refuses an unknown option with one line and the usage, exit 2', () => {
    const result = run(file, '--no-such-option');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const [first, blank, ...rest] = result.stderr.split('\n');
    expect(first).toBe('错误：未知选项 --no-such-option');
    expect(blank).toBe('');
    expect(rest.join('\n')).toBe(help);
    noStackTrace(result.stderr);
  });

  it('refuses an option given without its value, exit 2', () => {
    // The first option that takes a value, as the usage shows it (`--out DIR`).
    const option = /^\s+(?:-\w, )?(--[\w-]+) [A-Z]/m.exec(help)?.[1];
    expect(option, 'every command has an option with a value').toBeDefined();
    const result = run(file, option!);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`错误：选项 ${option} 缺少取值`);
    expect(result.stderr).toContain(help.split('\n')[0]);
    noStackTrace(result.stderr);
  });
});

describe('npm run', () => {
  it('passes --help and -h through to the command', () => {
    const help = spawnSync('npm', ['run', '--silent', 'ingest', '--', '--help'], { encoding: 'utf8', env: env() });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^用法：npm run ingest -- /);
    expect(spawnSync('npm', ['run', '--silent', 'ingest', '--', '-h'], { encoding: 'utf8', env: env() }).stdout).toBe(help.stdout);
  });
});

describe('ingesting 1,000 generated documents', () => {
  let root: string;
  let corpus: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'cli-'));
    corpus = join(root, 'corpus');
    expect(run('corpus-generate.ts', '--docs', '1000', '--out', corpus).status).toBe(0);
  });

  it('prints fewer than 40 lines when stdout is not a terminal, and lists everything with --verbose', () => {
    const out = join(root, 'out');
    const cache = join(root, 'cache');
    const result = run('ingest.ts', corpus, '--out', out, '--cache', cache);
    expect(result.status, result.stderr).toBe(0);
    const report: IngestReport = JSON.parse(readFileSync(join(out, 'ingest-report.json'), 'utf8'));
    expect(report.summary.documents).toBeGreaterThanOrEqual(1000);
    const lines = (result.stdout + result.stderr).split('\n').filter(Boolean);
    console.log(`ingest of ${report.summary.documents} documents, not on a terminal: ${lines.length} lines`);
    expect(lines.length).toBeLessThan(40);
    expect(result.stdout).not.toMatch(/[\r\x1b]/);
    const s = report.summary;
    expect(lines).toContain(
      `发现：重复 ${s.duplicates.length}，非人大工作（相关资料） ${s.offTopic.length}，年份存疑 ${s.yearConflicts.length}，` +
        `文字被改动 ${s.altered.length}，占位符未填 ${s.placeholders.length}，拒收 ${s.refused}，问题 ${s.problems}`,
    );
    const listed = lines.filter((l) => l.includes('落款为')).length;
    expect(lines).toContain(`  …及另外 ${s.yearConflicts.length - listed} 条`);
    expect(lines).toContain(
      `报告：${join(out, 'ingest-report.json')}；审阅页：${join(out, 'ingest-review.html')}（每类只列出前几条；加 --verbose 列出全部，报告中有全部）`,
    );

    const verbose = run('ingest.ts', corpus, '--out', out, '--cache', cache, '--verbose');
    expect(verbose.status).toBe(0);
    for (const id of s.yearConflicts) expect(verbose.stdout).toContain(`  ${id}《`);
    expect(verbose.stdout).not.toContain('…及另外');
  });

  it('shows one progress line updated in place on a terminal (pseudo-terminal via script)', () => {
    // 80 of the files (about 300 documents) take long enough for several updates.
    const files = 80;
    const inputs = readdirSync(corpus).sort().slice(0, files).map((f) => join(corpus, f));
    const command = `${process.execPath} scripts/ingest.ts ${inputs.join(' ')} --out ${join(root, 'tty')} --no-cache`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: env({ TERM: 'xterm-256color' }), timeout: 120_000 });
    expect(result.status, result.stdout).toBe(0);
    // Before the first line break: the progress line, redrawn with carriage returns.
    const progressLine = result.stdout.split('\n')[0];
    const frames = progressLine.split('\r').filter((f) => f.trim());
    expect(frames.length).toBeGreaterThanOrEqual(3);
    const counts = frames.map((f) => Number(/^处理输入文件 (\d+)\/(\d+) 个文件/.exec(f)?.[1]));
    expect(counts.every((n, i) => i === 0 || n >= counts[i - 1])).toBe(true);
    expect(frames.slice(0, -1).some((f) => /· \d+% · [\d.]+ 个文件\/秒 · (剩余|估算)/.test(f))).toBe(true);
    expect(frames.at(-1)).toMatch(new RegExp(`^处理输入文件 ${files}/${files} 个文件 · 用时 \\d+ 秒`));
    expect(result.stdout.split('\n').filter((l) => l.includes('处理输入文件'))).toHaveLength(1);
  });
});

describe('colour', () => {
  // A user's terminal: without CI set (Node gives a terminal no colours when CI is set, as on CI machines).
  const onTerminal = (extra: NodeJS.ProcessEnv) => {
    const terminal = env({ TERM: 'xterm-256color', ...extra });
    delete terminal.CI;
    return spawnSync('script', ['-qec', `${process.execPath} scripts/package.ts --bogus`, '/dev/null'], { encoding: 'utf8', env: terminal });
  };

  it('marks errors in colour on a terminal, and not with NO_COLOR or off a terminal', () => {
    expect(onTerminal({}).stdout).toContain('\x1b[');
    const plain = onTerminal({ NO_COLOR: '1' });
    expect(plain.stdout).toContain('错误：未知选项 --bogus');
    expect(plain.stdout).not.toContain('\x1b');
    expect(run('package.ts', '--bogus').stderr).not.toContain('\x1b');
  });
});
