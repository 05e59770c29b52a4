/**
 * Writes dist/sitemap.xml after the build from the pages Astro actually built, so no page can be
 * forgotten. Left out: the 404 page and embed-only views (`embed/…`), which are not for readers
 * arriving from outside. Page addresses are absolute when the build knows the site's address
 * (SITE_URL); without it they are paths (`/rdzl/docs/…`), never a guessed host, and the build
 * warns once.
 *
 * Why not @astrojs/sitemap (3.7.4, tried on the seed build with `filter` leaving out `embed/`; it
 * leaves out 404 itself): with SITE_URL and BASE_PATH=/rdzl/ it lists the same 83 addresses, but
 * - without SITE_URL (the default build, and the one the tests read) it writes no sitemap at all
 *   ("requires the `site` astro.config option. Skipping."), where this one writes paths;
 * - it writes sitemap-index.xml + sitemap-0.xml, not sitemap.xml (which every page links to
 *   under SITE_URL);
 * - it orders the addresses by numeric locale comparison (places/3212/ after places/65/)
 *   and declares the news, xhtml, image and video namespaces unless told not to.
 * Giving it a placeholder `site` would put a guessed host in the sitemap and the citations.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { addressUnder } from '../utils/url.ts';

/** Whether a built page (pathname without base) belongs in the sitemap. */
const inSitemap = (pathname: string) => !/^(404|404\.html|404\/)$/.test(pathname) && !pathname.startsWith('embed/');

/** The sitemap XML for page URLs. */
function sitemapXml(urls: string[]): string {
  const locs = urls.map((u) => `  <url><loc>${u.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs.join('\n')}\n</urlset>\n`;
}

/** The warning a build without SITE_URL prints (once). */
export const NO_SITE_URL_WARNING =
  '未设置 SITE_URL：站点地图、文档引用和嵌入代码中只写相对地址（如 /docs/…）。部署前请用本站的实际地址重新构建，如 SITE_URL=http://kb.example.gov.cn npm run build';

/** The integration: honours `site` (absolute addresses) and `base`. */
export default function sitemap(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'kb-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:start': ({ logger }) => {
        if (!site) logger.warn(NO_SITE_URL_WARNING);
      },
      'astro:build:done': async ({ dir, pages }) => {
        const urls = pages
          .map((p) => p.pathname)
          .filter(inSitemap)
          .sort()
          .map((pathname) => addressUnder(base, pathname, site));
        await writeFile(new URL('sitemap.xml', dir), sitemapXml(urls));
      },
    },
  };
}
