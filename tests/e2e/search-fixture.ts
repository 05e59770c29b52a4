/**
 * Builds the site once in a temporary copy of the project with three extra fixture documents
 * (made-up phrases that no real document contains, and a title that looks like HTML), under the
 * sub-path /sub/dir/, and serves it. Nothing is written into the real content/.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer, type RunningServer } from '../../src/tools/hosting/static-server.ts';
import { acquireBuildLock } from './commands.ts';

export const BASE = '/sub/dir/';
export const XSS_TITLE = '检索测试<img src=x onerror=alert(1)>标题';

const filler = Array.from({ length: 80 }, (_, i) => `这是用于撑开页面高度的填充段落，第${i + 1}段，内容与检索无关。`).join('\n\n');

/** Fixture documents: [file, level, title, body]. */
const FIXTURES: [string, string, string, string][] = [
  ['zz-fixture-a', 'county', XSS_TITLE, '本文用于验证检索：青松翠柏常青藤。\n\n第二段落：翠柏与常青。'],
  ['zz-fixture-b', 'township', '乡镇填充测试文档', `${filler}\n\n在文末才出现：青松 翠柏常青藤。`],
  ['zz-fixture-c', 'county', '部分匹配测试文档', '青松和翠柏以及常青藤，杜蘅也在其中。'],
];

export interface BuiltSite {
  server: RunningServer;
  close(): Promise<void>;
}

/** Copies the project, adds the fixtures, builds with BASE_PATH=/sub/dir/ and serves dist/. */
export async function buildFixtureSite(): Promise<BuiltSite> {
  const root = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), 'search-e2e-'));
  for (const entry of readdirSync(root)) {
    if (['node_modules', 'dist', '.astro', '.git', '.bench'].includes(entry)) continue;
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const sourceName = readdirSync(join(root, 'content/sources')).filter((f) => f.endsWith('.txt')).sort()[0];
  const sha256 = createHash('sha256').update(readFileSync(join(root, 'content/sources', sourceName))).digest('hex');
  mkdirSync(join(dir, 'content/reports'), { recursive: true });
  for (const [file, level, title, body] of FIXTURES) {
    const frontmatter = [
      '---',
      `title: ${JSON.stringify(title)}`,
      'kind: report',
      `level: ${level}`,
      'year: 2015',
      'topics: [deputies]',
      'onTopic: true',
      'summary: 检索测试用的文档。',
      'source:',
      `  file: ${sourceName}`,
      '  lines: [1, 2]',
      `  sha256: ${sha256}`,
      '---',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'content/reports', `${file}.mdx`), `${frontmatter}${body}\n`);
  }
  // Vitest puts Vite's env (BASE_URL=/, MODE, DEV, PROD, SSR, NODE_ENV=test) into process.env;
  // passed on, BASE_URL=/ would override the build's base path.
  const viteEnv = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !viteEnv.has(k) && !k.startsWith('VITEST')));
  // The copy shares node_modules/ (and so Astro's cache folder) with the project: build under the lock.
  const release = acquireBuildLock();
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: dir,
    env: { ...env, BASE_PATH: BASE },
    encoding: 'utf8',
  });
  release();
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
  const server = await startStaticServer({ root: join(dir, 'dist'), base: BASE });
  return {
    server,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
