/**
 * The project's own modules that a piece of code runs: every local file reachable from its entry
 * modules through `import`/`export … from`, dynamic `import('…')` and worker URLs
 * (`new URL('./x.ts', import.meta.url)`; a URL of a folder, ending in `/`, is not a module). Cache keys hash these files, so a key follows the code
 * wherever it moves, and an added or renamed module changes the key. Packages (bare specifiers)
 * are left to the lockfile.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SPECIFIERS = [
  /\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"\n]+)['"]/g,
  /\bimport\s*['"]([^'"\n]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
  /\bnew\s+URL\s*\(\s*['"]([^'"\n]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
];

/** Source text without comments, so an import in a comment is not followed. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"\\])\/\/[^\n]*/g, '$1');
}

/** The file a relative specifier names, trying `.ts` and `index.ts` for extensionless ones. */
function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, resolve(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/**
 * Absolute paths of the local modules reachable from `entries` (paths or file URLs), sorted.
 * Throws when an entry, or a module one of them imports, does not exist: a key built from a
 * missing file would silently stop covering it.
 */
export function localModuleGraph(entries: readonly (string | URL)[]): string[] {
  const seen = new Set<string>();
  const queue = entries.map((entry) => (entry instanceof URL ? fileURLToPath(entry) : resolve(entry)));
  for (const entry of queue) if (!existsSync(entry)) throw new Error(`module graph: entry ${entry} does not exist`);
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.[cm]?[jt]sx?$/.test(file)) continue;
    const source = withoutComments(readFileSync(file, 'utf8'));
    for (const pattern of SPECIFIERS) {
      for (const [, specifier] of source.matchAll(pattern)) {
        if (!specifier!.startsWith('.') || specifier!.endsWith('/')) continue;
        const target = resolveLocal(file, specifier!);
        if (!target) throw new Error(`module graph: ${file} imports ${specifier}, which does not exist`);
        queue.push(target);
      }
    }
  }
  return [...seen].sort();
}

/** `localModuleGraph(entries)` as paths relative to `root`, with `/` separators on every platform. */
export function localModuleFiles(entries: readonly (string | URL)[], root: string): string[] {
  return localModuleGraph(entries).map((file) => relative(root, file).split('\\').join('/'));
}
