/**
 * `npm run bench:federation`: what one search over several county sites costs
 * (content/site.yaml `federation`). Splits one generated corpus into sites of `perSite` documents,
 * builds and serves each member site on its own loopback port with the CORS header the deployment
 * note documents; for each number of sites S builds the first site again listing the next S−1 in
 * `federation`, and one site holding the same S × perSite documents alone, then runs the search
 * benchmark's query set in headless Chromium through both search pages.
 */
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../browser.ts';
import { startStaticServer, type RunningServer } from '../hosting/static-server.ts';
import { countDiffering } from './federation-exactness.ts';
import { measureSearchPage } from './federation-page.ts';
import { buildMemberSite, federationDocuments } from './federation-sites.ts';
import type { FederationResult } from './federation-table.ts';
import { loadAverage } from './format.ts';
import { generateQueries } from './search-queries.ts';

/** What `npm run bench:federation` measures, from its arguments, and where it logs. */
export interface FederationBenchOptions {
  /** Documents per site. */
  perSite: number;
  /** Numbers of sites searched together, each at least 2. */
  sites: readonly number[];
  /** Seed of the corpus and of the queries. */
  seed: number;
  /** Queries run cold. */
  cold: number;
  /** Keep sites built before with the same settings. */
  reuse: boolean;
  log: (message: string) => void;
}

/** Builds, serves and measures; one result per number of sites. */
export async function runFederationBench(options: FederationBenchOptions): Promise<FederationResult[]> {
  const { perSite, log } = options;
  const most = Math.max(2, ...options.sites);
  const docs = await federationDocuments(perSite * most, options.seed, log);
  if (docs.length < perSite * most) throw new Error(`only ${docs.length} documents were ingested; need ${perSite * most}`);
  const siteDocs = Array.from({ length: most }, (_, s) => docs.slice(s * perSite, (s + 1) * perSite));
  const build = (name: string, files: typeof docs, settings: string) => buildMemberSite(name, files, settings, options.reuse, log);
  const members: string[] = [];
  for (let s = 1; s < most; s++) members.push(await build(`site-${s}`, siteDocs[s]!, `name: 第${s}县\n`));
  const servers: RunningServer[] = [];
  const browser = await launchBrowser();
  const results: FederationResult[] = [];
  try {
    // The member sites, each on its own port, readable by any origin for the bench.
    for (const dist of members) servers.push(await startStaticServer({ root: dist, headers: { 'access-control-allow-origin': '*' } }));
    const texts = docs.map(([, file]) => readFileSync(file, 'utf8').split(/^---$/m).slice(2).join('---').split('\n'));
    const all = texts.map((lines) => lines.join('\n'));
    const queries = generateQueries(texts, options.seed, (q) => all.some((t) => t.includes(q)), ['北京', '四川', '云南', '江苏']).map((b) => b.q);
    const cold = Array.from({ length: Math.min(options.cold, queries.length) }, (_, i) => queries[Math.floor((i * queries.length) / options.cold)]!);
    for (const count of options.sites) {
      const listed = servers.slice(0, count - 1).map((server, k) => `  - {name: 第${k + 1}县, url: "${server.url}"}`);
      const portal = await build(`portal-${count}`, siteDocs[0]!, `name: 第0县\nfederation:\n${listed.join('\n')}\n`);
      const single = await build(`single-${count * perSite}`, siteDocs.slice(0, count).flat(), 'name: 合并\n');
      const portalServer = await startStaticServer({ root: portal });
      const singleServer = await startStaticServer({ root: single });
      servers.push(portalServer, singleServer);
      log(`measuring ${count} sites × ${perSite} documents and one site of ${count * perSite}, ${queries.length} queries (load ${loadAverage()})`);
      const federated = await measureSearchPage(browser, portalServer.url, portalServer.origin, queries, cold);
      const alone = await measureSearchPage(browser, singleServer.url, singleServer.origin, queries, cold);
      const differing = await countDiffering(queries, federated.lists, [portal, ...members.slice(0, count - 1)]);
      results.push({ sites: count, perSite, queries: queries.length, differing, federated, alone });
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
  return results;
}
