/**
 * Exactness of federated search: for each query, is the set of documents the federated page
 * showed the union of what each site returns when searched alone with the same engine (read from
 * its index on disk)?
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SearchClient } from '../../search/client/client.ts';
import { parseQuery } from '../../search/client/query.ts';
import { documentUrls } from './federation-sites.ts';

/** One site's own exact result set for `q`, as `site url` lines, from its index on disk. */
async function ownResults(dist: string, site: number, urls: readonly string[], q: string): Promise<string[]> {
  const client = new SearchClient(join(dist, 'search-index/'), async (path) => gunzipSync(readFileSync(path)));
  const result = await client.search({ terms: parseQuery(q), filters: {}, sort: 'relevance' });
  return result.docs.map((doc) => `${site} ${urls[doc]}`);
}

/**
 * How many queries' federated results (`lists[i]`: document numbers joined over the sites, in the
 * order of `dists`) differ from the union of the sites' own result sets.
 */
export async function countDiffering(queries: readonly string[], lists: readonly number[][], dists: readonly string[]): Promise<number> {
  const urls = dists.map(documentUrls);
  const sizes = urls.map((u) => u.length);
  let differing = 0;
  for (const [i, q] of queries.entries()) {
    const shown = lists[i]!.map((doc) => {
      let site = 0;
      while (doc >= sizes[site]!) doc -= sizes[site++]!;
      return `${site} ${urls[site]![doc]}`;
    });
    const union = (await Promise.all(dists.map((d, s) => ownResults(d, s, urls[s]!, q)))).flat();
    if (shown.length !== union.length || [...shown].sort().join('\n') !== union.sort().join('\n')) differing++;
  }
  return differing;
}
