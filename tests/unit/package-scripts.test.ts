/**
 * The npm scripts run on Windows too (npm runs them with cmd.exe there): none may use syntax that
 * only a POSIX shell understands.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** What cmd.exe does not understand as sh does, with a pattern that finds it in a script. */
const POSIX_ONLY: [string, RegExp][] = [
  ['a variable set before the command (VAR=value cmd)', /(^|&&|\|\||;|\|)\s*[A-Za-z_][A-Za-z0-9_]*=\S*\s/],
  ['a variable read with $', /\$[A-Za-z_{(]/],
  ['single quotes, which cmd.exe passes on as characters', /'/],
  ['a backslash escape', /\\./],
  ['a command separated by ;', /;/],
  ['command substitution with backticks', /`/],
  ['a shell-only command', /(^|&&|\|\||\|)\s*(rm|cp|mv|cat|export|echo|mkdir|ls|test|true|sleep|env|source)(\s|$)/],
];

/** The POSIX-only constructs `script` uses (their descriptions). */
function posixOnly(script: string): string[] {
  return POSIX_ONLY.filter(([, pattern]) => pattern.test(script)).map(([what]) => what);
}

describe('package.json scripts', () => {
  it('use nothing that only a POSIX shell understands', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    const found = Object.entries(scripts).flatMap(([name, script]) => posixOnly(script).map((what) => `${name}: ${what}`));
    expect(found).toEqual([]);
  });

  it('a script in POSIX-only syntax is caught', () => {
    expect(posixOnly('FUZZ=1 vitest run x.test.ts')).toHaveLength(1);
    expect(posixOnly('npm run build && CI=1 vitest run')).toHaveLength(1);
    expect(posixOnly("npm run build && echo 'done'").length).toBe(2);
    expect(posixOnly('rm -rf dist; astro build').length).toBe(2);
    expect(posixOnly('vitest run --reporter=json --outputFile.json=$TMPDIR/x.json')).toHaveLength(1);
    expect(posixOnly('npm install --no-audit && node scripts/setup.ts')).toEqual([]);
  });
});
