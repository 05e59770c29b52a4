/**
 * The comparison site of `npm run bench`: the same documents built as a default Starlight site
 * (its own Pagefind included), installed once in .bench/starlight and never a project dependency.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StarlightFigures } from './build-table.ts';
import { countFiles, runMeasured, runNodeScript } from './measure.ts';

/** The Starlight release whose peer range includes our pinned astro 7.3.4. */
const STARLIGHT = { '@astrojs/starlight': '0.42.4', astro: '7.3.4' };

/** Installs the Starlight site in `bench`/starlight once (later runs reuse it); returns its folder. */
async function starlightSite(bench: string, log: (message: string) => void): Promise<string> {
  const dir = join(bench, 'starlight');
  const pkg = JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies: STARLIGHT, allowScripts: { esbuild: true, sharp: true } }, null, 2);
  mkdirSync(dir, { recursive: true });
  const installed = existsSync(join(dir, 'node_modules/@astrojs/starlight')) && existsSync(join(dir, 'package.json')) && readFileSync(join(dir, 'package.json'), 'utf8') === pkg;
  if (!installed) {
    writeFileSync(join(dir, 'package.json'), pkg);
    log('installing Starlight into .bench/starlight (once)');
    await runMeasured('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir });
  }
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: '人大工作实务知识库', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })] });\n`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  return dir;
}

/** Builds the documents of the content folder `content` as a default Starlight site below `bench`; its time, pages and peak memory. */
export async function buildStarlight(bench: string, content: string, log: (message: string) => void): Promise<StarlightFigures> {
  const dir = await starlightSite(bench, log);
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  for (const collection of ['speeches', 'reports']) {
    if (existsSync(join(content, collection))) cpSync(join(content, collection), join(docs, collection), { recursive: true });
  }
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: 人大工作实务知识库\n---\n\n基准测试站点。\n');
  for (const old of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(dir, old), { recursive: true, force: true });
  const run = await runNodeScript(join(dir, 'node_modules/astro/bin/astro.mjs'), ['build'], { cwd: dir });
  return { time: run, pages: countFiles(join(dir, 'dist'), '.html'), peakRss: run.peakRss };
}
