/**
 * Crawls every HTML page in dist/ and checks that every internal link, stylesheet and script
 * resolves to a file in dist/, and that every #anchor exists on its target page.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** dist/ file a site path resolves to, as a static server (and nginx `try_files $uri $uri/index.html`) does. */
function fileFor(pathname: string): string | undefined {
  const path = join(DIST, decodeURIComponent(pathname));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** The page's URL path: dist/docs/a/index.html → /docs/a/. */
function pagePath(file: string): string {
  return `/${relative(DIST, file).replace(/index\.html$/, '')}`;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#38;/g, '&');
const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
    idsCache.set(file, ids);
  }
  return ids;
}

describe('links in dist/', () => {
  const files = htmlFiles(DIST);

  it('has every page type', () => {
    const paths = files.map(pagePath);
    for (const expected of ['/', '/guide/', '/topics/', '/docs/', '/levels/', '/places/', '/years/', '/kinds/', '/404.html']) {
      expect(paths).toContain(expected);
    }
    expect(paths.filter((p) => p.startsWith('/docs/')).length).toBeGreaterThan(1);
  });

  it('has no broken internal link, asset or anchor on any page', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const base = new URL(pagePath(file), 'http://site.test');
      for (const match of html.matchAll(/<(a|link|script|img)\b[^>]*?\s(href|src)="([^"]*)"/g)) {
        const target = new URL(decode(match[3]), base);
        if (target.origin !== base.origin) {
          // No page may load anything from elsewhere; outbound <a> links are not used either.
          broken.push(`${file}: external ${match[1]} ${match[3]}`);
          continue;
        }
        checked++;
        const targetFile = fileFor(target.pathname);
        if (!targetFile) {
          broken.push(`${file}: ${match[3]} → no such file`);
          continue;
        }
        const anchor = decodeURIComponent(target.hash.slice(1));
        if (anchor && !idsOf(targetFile).has(anchor)) broken.push(`${file}: ${match[3]} → no element #${anchor}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(files.length * 10);
  });

  it('uses ASCII for every page URL and every id', () => {
    const nonAscii = files.flatMap((file) => [
      ...(/^[\x21-\x7e]*$/.test(pagePath(file)) ? [] : [pagePath(file)]),
      ...[...idsOf(file)].filter((id) => !/^[\x21-\x7e]+$/.test(id)).map((id) => `${file}#${id}`),
    ]);
    expect(nonAscii).toEqual([]);
  });

  it('lists every page in the sitemap, and only pages, by path when the build has no SITE_URL', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    if (!process.env.SITE_URL) expect(locs.every((loc) => loc.startsWith('/'))).toBe(true);
    locs.forEach((loc, i) => (locs[i] = new URL(loc, 'http://site.invalid').pathname));
    locs.sort();
    const pages = files.map(pagePath).filter((p) => p !== '/404.html' && !p.startsWith('/embed/')).sort();
    expect(locs).toEqual(pages);
  });
});
