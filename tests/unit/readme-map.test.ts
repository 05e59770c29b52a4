/**
 * The README's "What is where" section is how a newcomer finds their way: every path it names must
 * exist, and every folder of src/ must be named there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## What is where'), readme.indexOf('\n## ', readme.indexOf('## What is where') + 1));

/** The paths in backticks of the section's table rows (a row's own wildcards, braces and placeholders left out). */
function namedPaths(): string[] {
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  const paths = rows.flatMap((row) => [...row.matchAll(/`((?:src|tests|scripts|content|public)\/[^`\s]*)`/g)].map((m) => m[1]));
  return [...new Set(paths)].filter((p) => !/[*{<]/.test(p) && p !== 'content/overrides.yaml');
}

describe('README: What is where', () => {
  it('names only paths that exist', () => {
    const paths = namedPaths();
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((p) => !existsSync(p))).toEqual([]);
  });

  it('names every folder of src/', () => {
    const named = new Set(namedPaths().map((p) => p.replace(/\/$/, '')));
    const folders = readdirSync('src', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `src/${e.name}`);
    expect(folders.filter((f) => !named.has(f))).toEqual([]);
  });
});
