/**
 * Command-line wiring shared by every script: each command declares its usage as data (what it
 * does, its options with defaults, examples) and parses its arguments with {@link parseCommand},
 * over `node:util` parseArgs. `--help`/`-h` prints the usage and exits 0; an unknown option, a
 * missing or bad value prints one line saying what was wrong plus the usage and exits 2, without a
 * stack trace. Exit codes (README "Commands"): 0 ok, 1 refused input or content problems, 2 usage.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs, styleText } from 'node:util';
import { displayWidth } from '../../src/lib/progress.ts';

/** Exit status of a usage error. */
export const EXIT_USAGE = 2;
/** Exit status when some input was refused or content has problems. */
export const EXIT_PROBLEMS = 1;

/** One option of a command. `integer` values are whole numbers ≥ `min` (default 0). */
export type OptionSpec = {
  /** Meaning, in Chinese, one line. */
  description: string;
  short?: string;
} & (
  | { type: 'boolean' }
  | { type: 'string'; value: string; default?: string }
  | { type: 'integer'; value: string; default?: number; min?: number }
);

/** What a command is and how it is called: shown by `--help`. */
export interface CommandSpec {
  /** How the user runs it, e.g. `npm run ingest --`. */
  name: string;
  /** What it does, in Chinese, one or a few lines. */
  summary: string;
  /** Positional arguments, e.g. `[输入文件或文件夹…]`; none allowed when absent. */
  positionals?: string;
  options: Record<string, OptionSpec>;
  /** 2–3 examples: the command line and what it does. */
  examples: [command: string, comment: string][];
  /** More lines after the options (environment variables, exit codes). */
  notes?: string[];
}

/** The parsed values of a command's options. */
export type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]: O[K] extends { type: 'boolean' }
    ? boolean
    : O[K] extends { type: 'integer'; default: number }
      ? number
      : O[K] extends { type: 'integer' }
        ? number | undefined
        : O[K] extends { default: string }
          ? string
          : string | undefined;
};

/** Thrown for a usage mistake; {@link parseCommand} and {@link runCommand} report it and exit 2. */
export class UsageError extends Error {}

const HELP: OptionSpec = { type: 'boolean', short: 'h', description: '显示本说明' };

const bold = (text: string, stream: NodeJS.WriteStream) => styleText('bold', text, { stream });

/** The usage text of a command (plain when `stream` is not a colour terminal or NO_COLOR is set). */
export function formatUsage(spec: CommandSpec, stream: NodeJS.WriteStream = process.stdout): string {
  const options = Object.entries({ ...spec.options, help: HELP }).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'boolean' ? '' : ` ${o.value}`}`;
    const fallback = o.type !== 'boolean' && o.default !== undefined ? `（默认 ${o.default}）` : '';
    return [flag, `${o.description}${fallback}`];
  });
  const width = Math.max(...options.map(([flag]) => flag.length));
  const exampleWidth = Math.max(...spec.examples.map(([command]) => displayWidth(command)));
  return [
    `${bold('用法', stream)}：${spec.name}${spec.positionals ? ` ${spec.positionals}` : ''} [选项]`,
    '',
    spec.summary,
    '',
    bold('选项', stream),
    ...options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    ...(spec.notes?.length ? ['', ...spec.notes] : []),
    '',
    bold('示例', stream),
    ...spec.examples.map(([command, comment]) => `  ${command}${' '.repeat(exampleWidth - displayWidth(command))}  # ${comment}`),
  ].join('\n');
}

/** The Chinese one-line reason for a parseArgs error. */
function reason(error: Error & { code?: string }): string {
  const name = (/'(-[^' ]*)/.exec(error.message)?.[1] ?? /'([^']*)'/.exec(error.message)?.[1] ?? '').replace(/,$/, '');
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `未知选项 ${name}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数 ${name}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(error.message) ? `选项 ${name} 不带取值` : `选项 ${name} 缺少取值`;
    default:
      return error.message;
  }
}

/** Prints `message` and the usage on stderr and exits with status 2. */
export function exitWithUsage(spec: CommandSpec, message: string): never {
  process.stderr.write(`${styleText('red', '错误', { stream: process.stderr })}：${message}\n\n${formatUsage(spec, process.stderr)}\n`);
  process.exit(EXIT_USAGE);
}

/**
 * Parses `args` (default: this process's arguments) against `spec`. Prints the usage and exits 0
 * on `--help`/`-h`; on a usage mistake prints what was wrong and the usage and exits 2.
 */
export function parseCommand<O extends Record<string, OptionSpec>>(
  spec: CommandSpec & { options: O },
  args: string[] = process.argv.slice(2),
): { values: OptionValues<O>; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries({ ...spec.options, help: HELP }).map(([name, o]) => [
      name,
      { type: o.type === 'boolean' ? ('boolean' as const) : ('string' as const), ...(o.short ? { short: o.short } : {}) },
    ]),
  );
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: spec.positionals !== undefined, strict: true });
  } catch (error) {
    exitWithUsage(spec, reason(error as Error));
  }
  if (parsed.values.help) {
    process.stdout.write(`${formatUsage(spec)}\n`);
    process.exit(0);
  }
  const values: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(spec.options)) {
    const given = parsed.values[name] as string | boolean | undefined;
    if (o.type === 'boolean') values[name] = given === true;
    else if (o.type === 'string') values[name] = given ?? o.default;
    else if (given === undefined) values[name] = o.default;
    else {
      const n = /^\s*\d+\s*$/.test(String(given)) ? Number(given) : NaN;
      if (!(n >= (o.min ?? 0))) exitWithUsage(spec, `选项 --${name} 需要不小于 ${o.min ?? 0} 的整数，收到 "${given}"`);
      values[name] = n;
    }
  }
  return { values: values as OptionValues<O>, positionals: parsed.positionals };
}

/**
 * Runs a command's work: a {@link UsageError} it throws is reported with the usage (exit 2), any
 * other error as one line `<command>: <message>` without a stack trace (exit 1).
 */
export async function runCommand(spec: CommandSpec, label: string, work: () => Promise<void> | void): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof UsageError) exitWithUsage(spec, error.message);
    process.stderr.write(`${label}: ${(error as Error).message}\n`);
    process.exitCode = EXIT_PROBLEMS;
  }
}

/**
 * Runs one step of a command in the foreground (its output on this terminal); when it fails, ends
 * this command with the step's exit status (1 if it was killed).
 */
export function runStep(command: string, args: string[]): void {
  const status = spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
  if (status !== 0) process.exit(status);
}
