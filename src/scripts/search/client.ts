/**
 * Loads the exact-match index over HTTP (gzip files, decompressed in the browser) and answers
 * queries with it. Each file is fetched at most once per page; a query fetches the meta table
 * once, then only the shards holding its characters or bigrams.
 */
import { ShardView, shardOf, type DocFragment, type Facet, type IndexMeta } from './index-format.ts';
import { keysFor, matchTerm, type TermHit } from './match.ts';
import { rankResults, type RankedResults, type Selection, type SortOrder } from './rank.ts';

/** Fetches a gzip-compressed index file and returns its bytes. */
async function fetchGzip(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`搜索索引加载失败：${url}（${response.status}）`);
  const stream = response.body.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const json = async <T>(url: string): Promise<T> => JSON.parse(new TextDecoder().decode(await fetchGzip(url))) as T;

/** A query as the UI holds it: normalized terms, selected facet keys, sort order. */
export interface SearchRequest {
  terms: string[];
  filters: Partial<Record<Facet, string>>;
  sort: SortOrder;
}

export class SearchClient {
  private readonly root: string;
  private metaPromise?: Promise<IndexMeta>;
  private readonly shards = new Map<number, Promise<ShardView>>();
  private readonly fragments = new Map<number, Promise<DocFragment>>();
  private readonly terms = new Map<string, Map<number, TermHit>>();

  /** `root`: URL of the index folder, e.g. `${import.meta.env.BASE_URL}search-index/`. */
  constructor(root: string) {
    this.root = root;
  }

  /** The meta table (fetched once). */
  meta(): Promise<IndexMeta> {
    this.metaPromise ??= json<IndexMeta>(`${this.root}meta.bin`);
    return this.metaPromise;
  }

  private async shard(n: number): Promise<ShardView> {
    const meta = await this.meta();
    let shard = this.shards.get(n);
    if (!shard) {
      shard = fetchGzip(`${this.root}${meta.version}/s${n}.bin`).then((bytes) => new ShardView(bytes));
      this.shards.set(n, shard);
    }
    return shard;
  }

  /** The display data of document `doc` (fetched once). */
  async fragment(doc: number): Promise<DocFragment> {
    const meta = await this.meta();
    let fragment = this.fragments.get(doc);
    if (!fragment) {
      fragment = json<DocFragment>(`${this.root}${meta.version}/d${doc}.bin`);
      this.fragments.set(doc, fragment);
    }
    return fragment;
  }

  /** Documents containing `term`, exactly. */
  private async term(term: string): Promise<Map<number, TermHit>> {
    const cached = this.terms.get(term);
    if (cached) return cached;
    const meta = await this.meta();
    const keys = keysFor(term);
    const shards = new Map<string, ShardView>();
    await Promise.all(keys.map(async (key) => shards.set(key, await this.shard(shardOf(key, meta.shards)))));
    const hits = matchTerm(term, (key) => shards.get(key)?.get(key), (doc) => meta.titleLength[doc]);
    if (this.terms.size > 200) this.terms.clear();
    this.terms.set(term, hits);
    return hits;
  }

  /** Runs a query. Unknown filter keys select nothing. */
  async search(request: SearchRequest): Promise<RankedResults & { meta: IndexMeta; selection: Selection }> {
    const meta = await this.meta();
    const hits = await Promise.all(request.terms.map((t) => this.term(t)));
    const selection: Selection = {};
    for (const [facet, key] of Object.entries(request.filters) as [Facet, string][]) {
      selection[facet] = meta.facets[facet].findIndex((v) => v.key === key);
    }
    return { ...rankResults(meta, hits, selection, request.sort), meta, selection };
  }
}
