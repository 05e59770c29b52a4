/**
 * Links from the pages of a built site to its bundled scripts and stylesheets (`<base>_astro/…`)
 * whose file the folder does not hold. An incremental build can keep a page whose script chunk a
 * later build renamed (a change to another page's script reshuffles the shared chunks): the page
 * then loads nothing, so its search dialog and outline toggle stop working.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A page's link to a bundled file that is missing. */
export interface MissingAsset {
  /** The page, relative to the site folder (`docs/x/index.html`). */
  page: string;
  /** The missing file, relative to the site folder (`_astro/SearchBox.abc.js`). */
  asset: string;
}

/** `src="…/_astro/x.js"`, `href="…/_astro/x.css"`: the path from `_astro/` on, without query or fragment. */
const ASSET_LINK = /(?:src|href)="[^"]*?\/(_astro\/[^"?#]+)/g;

/** Every link of a page under `dir` to a file under `_astro/` that does not exist, page by page. */
export function missingAssets(dir: string): MissingAsset[] {
  const missing: MissingAsset[] = [];
  const exists = new Map<string, boolean>();
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).sort();
  for (const page of pages) {
    for (const [, asset] of readFileSync(join(dir, page), 'utf8').matchAll(ASSET_LINK)) {
      let found = exists.get(asset);
      if (found === undefined) exists.set(asset, (found = existsSync(join(dir, asset))));
      if (!found) missing.push({ page, asset });
    }
  }
  return missing;
}

/**
 * After a build into `dir`: when a page links to a missing bundled file, says so on stderr and
 * runs `rebuild` (a full build) once. Returns the lines to print when files are still missing
 * (the build is then incomplete), else an empty list.
 */
export function repairMissingAssets(dir: string, rebuild: (() => void) | undefined): string[] {
  let missing = missingAssets(dir);
  if (missing.length && rebuild) {
    const pages = new Set(missing.map((m) => m.page)).size;
    console.error(`增量构建保留的 ${pages} 个页面引用了本次构建没有生成的脚本或样式（如 ${missing[0].page} → ${missing[0].asset}），改为全部重新生成。`);
    rebuild();
    missing = missingAssets(dir);
  }
  if (!missing.length) return [];
  return [...missing.slice(0, 10).map(({ page, asset }) => `${join(dir, page)}: 引用的 ${asset} 不存在`), `构建结果不完整：${missing.length} 处引用的文件不存在。`];
}
