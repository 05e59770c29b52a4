/**
 * One exact-match search over several sites built by this project (content/site.yaml
 * `federation`): each site's static index is read in the browser with its own SearchClient, and
 * the sites' meta tables are joined into one, documents numbered site after site and facet values
 * matched by key, so ranking, filters and counts work across sites exactly as on one site. The
 * result is the union of the sites' exact matches. A site that does not answer in time, or answers
 * with a broken or incompatible index, is left out and named in `failures`; the others still answer.
 */
import { SearchClient, SearchError, fetchGzip, type SearchRequest } from './client.ts';
import { INDEX_FORMAT, type DocFragment, type IndexMeta } from '../shared/index-format.ts';
import { SEARCH_FACETS, compareFacetValues, type SearchFacet, type FacetValue } from '../shared/facet-registry.ts';
import type { TermHit } from './match.ts';
import { rankResults, type RankedResults, type Selection } from './rank.ts';

/** One site a search covers. */
export interface SearchSite {
  /** The name its results are labelled with. */
  name: string;
  /** Its base URL (absolute, or this site's base path), ending in `/`. */
  base: string;
}

/** A site left out of the results, and why, in one line of Chinese. */
export interface SiteFailure {
  site: string;
  message: string;
}

/** A result's display data, with its site and the address it links to (none when the site's URL was refused). */
export interface SiteFragment extends DocFragment {
  site: string;
  /** Index of the site in the configured list (0: this site). */
  siteIndex: number;
  href?: string;
}

/** What a search answers: the ranked documents over the joined meta table, and the sites left out. */
export type FederatedResults = RankedResults & { meta: IndexMeta; selection: Selection; failures: SiteFailure[] };

/** How long another site may take to send a file before it is left out. */
export const SITE_TIMEOUT_MS = 5000;

/** A site whose meta table loaded: where its documents start in the joined numbering. */
interface Part {
  site: SearchSite;
  index: number;
  client: SearchClient;
  meta: IndexMeta;
  offset: number;
}

/** The failure message for a site whose files could not be read. */
export function failureMessage(site: string, error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return `${site}：响应超时，未包含其结果`;
  if (error instanceof SearchError) return `${site}：${error.message.replace(/[。.]$/, '')}，未包含其结果`;
  if (error instanceof TypeError) return `${site}：无法访问（网络错误或未允许跨站读取），未包含其结果`;
  return `${site}：索引已损坏或不是本系统的索引，未包含其结果`;
}

/** The failure of a site whose meta table is not of this format, or undefined when it is. */
function formatProblem(site: string, meta: IndexMeta): string | undefined {
  if (meta.format === INDEX_FORMAT) return undefined;
  if (meta.format < INDEX_FORMAT) return `${site}：索引由旧版本生成，该站点重新构建后才能一起搜索，已跳过`;
  return `${site}：索引版本较新（第 ${meta.format} 版，本站为第 ${INDEX_FORMAT} 版），本站更新后才能一起搜索，已跳过`;
}

/**
 * The address a result of `site` links to: `url` resolved against the site's base. Undefined
 * when it is not a plain relative path (`../`, a root path, another origin, a `javascript:` URL
 * from a hostile index) or would leave the base.
 */
export function siteHref(base: string, url: string, page: string): string | undefined {
  // The builder writes plain relative paths: a scheme, a root, `.`/`..` segments or control characters are not its.
  if (/^[a-z][a-z0-9+.-]*:|^[/\\]|(^|\/)(\.|%2e){1,2}(\/|$)/i.test(url) || /[\\\u0000-\u001f]/.test(url)) return undefined;
  let root: URL;
  let target: URL;
  try {
    root = new URL(base, page);
    target = new URL(url, root);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(target.protocol) || target.origin !== root.origin || !target.pathname.startsWith(root.pathname)) return undefined;
  return target.origin === new URL(page).origin ? `${target.pathname}${target.search}${target.hash}` : target.href;
}

/** Joins the meta tables of `parts` into one: documents site after site, facet values by key. */
export function joinMeta(parts: readonly Pick<Part, 'meta'>[]): IndexMeta {
  const facets = Object.fromEntries(SEARCH_FACETS.map((f) => [f, [] as FacetValue[]])) as Record<SearchFacet, FacetValue[]>;
  for (const f of SEARCH_FACETS) {
    const byKey = new Map<string, FacetValue>();
    for (const { meta } of parts) for (const v of meta.facets[f]) if (!byKey.has(v.key)) byKey.set(v.key, v);
    facets[f] = [...byKey.values()].sort((a, b) => compareFacetValues(f, a, b));
  }
  const values = Object.fromEntries(
    SEARCH_FACETS.map((f) => {
      const at = new Map(facets[f].map((v, i) => [v.key, i]));
      return [f, parts.flatMap(({ meta }) => meta.values[f].map((vs) => vs.map((v) => at.get(meta.facets[f][v].key)!).sort((a, b) => a - b)))];
    }),
  ) as Record<SearchFacet, number[][]>;
  const first = parts[0]?.meta;
  return {
    format: INDEX_FORMAT,
    site: first?.site ?? { name: '', base: '' },
    segments: parts.flatMap(({ meta }) => meta.segments),
    pack: first?.pack ?? { dir: '', shards: { l: 1, p: 1 } },
    facets,
    values,
    length: parts.flatMap(({ meta }) => meta.length),
    titleLength: parts.flatMap(({ meta }) => meta.titleLength),
    year: parts.flatMap(({ meta }) => meta.year),
  };
}

/** A search over this site (first) and the sites of `federation`. */
export class FederatedClient {
  private readonly sites: readonly SearchSite[];
  private readonly clients: SearchClient[];
  private partsPromise?: Promise<Part[]>;
  private joined?: IndexMeta;
  private readonly failed = new Map<number, string>();
  private readonly page: string;

  /**
   * `sites`: this site first, then the others in configured order; `load` fetches and
   * decompresses an index file (its second argument a signal that ends a slow request).
   */
  constructor(
    sites: readonly SearchSite[],
    options: { load?: (url: string, signal?: AbortSignal) => Promise<Uint8Array>; timeoutMs?: number; page?: string } = {},
  ) {
    this.sites = sites;
    const load = options.load ?? fetchGzip;
    const timeout = options.timeoutMs ?? SITE_TIMEOUT_MS;
    this.page = options.page ?? location.href;
    this.clients = sites.map(
      (site, i) => new SearchClient(`${site.base}search-index/`, i === 0 ? (url) => load(url) : (url) => load(url, AbortSignal.timeout(timeout))),
    );
  }

  /** Whether results come from more than one site (and so are labelled with theirs). */
  get federated(): boolean {
    return this.sites.length > 1;
  }

  /** The sites whose meta tables loaded, with their offsets; failures recorded. */
  private parts(): Promise<Part[]> {
    this.partsPromise ??= Promise.all(
      this.sites.map(async (site, index) => {
        try {
          const meta = await this.clients[index].meta();
          const problem = formatProblem(site.name, meta);
          if (problem) this.failed.set(index, problem);
          return problem ? undefined : { site, index, client: this.clients[index], meta, offset: 0 };
        } catch (error) {
          // This site's own index failing is the page's error, not a federation note.
          if (index === 0) throw error;
          this.failed.set(index, failureMessage(site.name, error));
          return undefined;
        }
      }),
    ).then((loaded) => {
      const parts = loaded.filter((p): p is Part => p !== undefined);
      let offset = 0;
      for (const part of parts) {
        part.offset = offset;
        offset += part.meta.length.length;
      }
      return parts;
    });
    return this.partsPromise;
  }

  /** The joined meta table (this site's own when it is the only one). */
  async meta(): Promise<IndexMeta> {
    if (!this.joined) {
      const parts = await this.parts();
      this.joined = parts.length === 1 ? parts[0].meta : joinMeta(parts);
    }
    return this.joined;
  }

  /** Documents containing `term`, in the joined numbering; a site failing now is left out and noted. */
  async matches(term: string): Promise<Map<number, TermHit>> {
    const parts = await this.parts();
    const found = await Promise.all(
      parts.map((part) =>
        part.client.matches(term).catch((error: unknown) => {
          if (part.index === 0) throw error;
          this.failed.set(part.index, failureMessage(part.site.name, error));
          return new Map<number, TermHit>();
        }),
      ),
    );
    if (parts.length === 1) return found[0];
    const hits = new Map<number, TermHit>();
    parts.forEach((part, k) => {
      if (this.failed.has(part.index)) return;
      for (const [doc, hit] of found[k]) hits.set(part.offset + doc, hit);
    });
    return hits;
  }

  /** Runs a query over every site. Unknown filter keys select nothing. */
  async search(request: SearchRequest): Promise<FederatedResults> {
    const meta = await this.meta();
    const hits = await Promise.all(request.terms.map((t) => this.matches(t)));
    const selection: Selection = {};
    for (const [facet, key] of Object.entries(request.filters) as [SearchFacet, string][]) {
      selection[facet] = meta.facets[facet].findIndex((v) => v.key === key);
    }
    return { ...rankResults(meta, hits, selection, request.sort), meta, selection, failures: this.failures() };
  }

  /** The sites left out so far, in configured order (a site may fail on a later request too). */
  failures(): SiteFailure[] {
    return [...this.failed].sort(([a], [b]) => a - b).map(([index, message]) => ({ site: this.sites[index].name, message }));
  }

  /** The display data of document `doc` of the joined numbering, with its site and link. */
  async fragment(doc: number): Promise<SiteFragment> {
    const parts = await this.parts();
    let at = parts.length - 1;
    while (at > 0 && parts[at].offset > doc) at--;
    const part = parts[at];
    const fragment = await part.client.fragment(doc - part.offset);
    return { ...fragment, site: part.site.name, siteIndex: part.index, href: siteHref(part.site.base, fragment.url, this.page) };
  }
}

/**
 * The search of a search UI element: this site and the sites of its `data-sites` (JSON list of
 * {@link SearchSite}, written by the build from content/site.yaml), or this site alone.
 */
export function clientFor(element: HTMLElement, base: string): FederatedClient {
  const sites = JSON.parse(element.dataset.sites ?? 'null') as SearchSite[] | null;
  return new FederatedClient(sites ?? [{ name: '', base }]);
}
