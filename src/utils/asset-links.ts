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
