/** sitemap.xml: every page of the site, absolute URLs from the configured site and base path. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getCorpus } from '../lib/corpus.ts';
import { FACETS, bucketize } from '../lib/facets.ts';
import { url } from '../utils/url.ts';

/** Site paths of every page (without the base path). */
export async function sitePaths(): Promise<string[]> {
  const { all, listed, topics } = await getCorpus();
  const guides = await getCollection('guides');
  return [
    '',
    'guide/',
    ...guides.map((g) => `guide/${g.id}/`),
    'topics/',
    ...topics.map((t) => `topics/${t.slug}/`),
    'docs/',
    ...all.map((d) => `docs/${d.id}/`),
    ...Object.values(FACETS).flatMap((f) => [`${f.path}/`, ...bucketize(listed, f).map((b) => `${f.path}/${b.key}/`)]),
  ];
}

export const GET: APIRoute = async ({ site }) => {
  const locs = (await sitePaths()).map((path) => `  <url><loc>${new URL(url(path), site).href}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
