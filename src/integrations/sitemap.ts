/**
 * Writes dist/sitemap.xml after the build from the pages Astro actually built, so no page can be
 * forgotten. Left out: the 404 page and embed-only views (`embed/…`), which are not for readers
 * arriving from outside.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';

/** Whether a built page (pathname without base) belongs in the sitemap. */
export const inSitemap = (pathname: string) => !/^(404|404\.html|404\/)$/.test(pathname) && !pathname.startsWith('embed/');

/** The sitemap XML for absolute page URLs. */
export function sitemapXml(urls: string[]): string {
  const locs = urls.map((u) => `  <url><loc>${u.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs.join('\n')}\n</urlset>\n`;
}

/** The integration: needs `site` for absolute URLs and honours `base`. */
export default function sitemap(): AstroIntegration {
  let site = 'http://localhost/';
  let base = '/';
  return {
    name: 'kb-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, pages }) => {
        const urls = pages
          .map((p) => p.pathname)
          .filter(inSitemap)
          .sort()
          .map((pathname) => new URL(base + pathname, site).href);
        await writeFile(new URL('sitemap.xml', dir), sitemapXml(urls));
      },
    },
  };
}
