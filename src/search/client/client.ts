/**
 * Loads the exact-match index over HTTP (gzip files, decompressed in the browser) and answers
 * queries with it. Each file is fetched at most once per page; a query fetches the meta table
 * once, then per key of a term one pack file (the key's shard in every segment) and the key's own
 * files where its list is large.
 */
import {
  ShardView,
  decodePack,
  decodeDocList,
  decodeMeta,
  decodePositions,
  shardOf,
  type DocFragment,
  type IndexMeta,
  type Table,
} from '../shared/index-format.ts';
import type { SearchFacet } from '../shared/facet-registry.ts';
import { keysFor, matchList, matchPositions, type TermHit } from './match.ts';
import { rankResults, type RankedResults, type Selection, type SortOrder } from './rank.ts';

/** An error whose message is for the user (in Chinese). */
export class SearchError extends Error {}

/** Fetches a gzip-compressed index file and returns its bytes; `signal` ends a slow request. */
export async function fetchGzip(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  if (typeof DecompressionStream === 'undefined') {
    throw new SearchError('此浏览器版本过旧，不支持全文搜索（缺少 DecompressionStream 功能）。请升级浏览器，或按专题、层级、地区、年份浏览文档。');
  }
  const response = await fetch(url, { signal });
  if (!response.ok || !response.body) throw new SearchError(`搜索索引加载失败（HTTP ${response.status}）`);
  const stream = response.body.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A query as the UI holds it: normalized terms, selected facet keys, sort order. */
export interface SearchRequest {
  terms: string[];
  filters: Partial<Record<SearchFacet, string>>;
  sort: SortOrder;
}

export class SearchClient {
  private readonly root: string;
  private readonly load: (url: string) => Promise<Uint8Array>;
  private metaPromise?: Promise<IndexMeta>;
  /** The meta table once loaded. */
  private loaded?: IndexMeta;
  private readonly files = new Map<string, Promise<Uint8Array>>();
  private readonly packs = new Map<string, Promise<ShardView[]>>();
  private readonly fragments = new Map<number, Promise<DocFragment>>();
  private readonly terms = new Map<string, Map<number, TermHit>>();

  /**
   * `root`: URL of the index folder, e.g. `${import.meta.env.BASE_URL}search-index/`; `load`
   * fetches and decompresses one of its files.
   */
  constructor(root: string, load: (url: string) => Promise<Uint8Array> = fetchGzip) {
    this.root = root;
    this.load = load;
  }

  /** The meta table (fetched once). */
  meta(): Promise<IndexMeta> {
    this.metaPromise ??= this.file('meta.bin').then((bytes) => (this.loaded = decodeMeta(bytes)));
    return this.metaPromise;
  }

  /** A file of the index folder, decompressed (fetched once). */
  private file(path: string): Promise<Uint8Array> {
    let file = this.files.get(path);
    if (!file) {
      file = this.load(`${this.root}${path}`);
      this.files.set(path, file);
    }
    return file;
  }

  /** The shards of `table` that hold `key`, one per segment, from their pack file (fetched once). */
  private shards(meta: IndexMeta, table: Table, key: string): Promise<ShardView[]> {
    const path = `${meta.pack.dir}/${table}${shardOf(key, meta.pack.shards[table])}.bin`;
    let shards = this.packs.get(path);
    if (!shards) {
      shards = this.file(path).then((bytes) => decodePack(bytes).map((member) => new ShardView(member)));
      this.packs.set(path, shards);
    }
    return shards;
  }

  /** The list of `key` in `table` of segment `at`, or undefined when none of its documents has it. */
  private async list(meta: IndexMeta, at: number, table: Table, key: string): Promise<Uint8Array | undefined> {
    const ref = (await this.shards(meta, table, key))[at].get(key);
    return typeof ref === 'number' ? this.file(`${meta.segments[at].dir}/x${ref}.bin`) : ref;
  }

  /**
   * The display data of document `doc` (fetched once). Once the meta table is loaded, the request
   * goes out before this returns, so a caller can start a page of results before rendering anything.
   */
  fragment(doc: number): Promise<DocFragment> {
    const meta = this.loaded;
    if (!meta) return this.meta().then(() => this.fragment(doc));
    let fragment = this.fragments.get(doc);
    if (!fragment) {
      let local = doc;
      let at = 0;
      while (local >= meta.segments[at].docs) local -= meta.segments[at++].docs;
      fragment = this.file(`${meta.segments[at].dir}/d${local}.bin`).then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as DocFragment);
      this.fragments.set(doc, fragment);
    }
    return fragment;
  }

  /** Documents containing `term` (normalized), exactly. */
  async matches(term: string): Promise<Map<number, TermHit>> {
    const cached = this.terms.get(term);
    if (cached) return cached;
    const meta = await this.meta();
    const { table, keys } = keysFor(term);
    const hits = new Map<number, TermHit>();
    let first = 0;
    await Promise.all(
      meta.segments.map(async (segment, at) => {
        const base = first;
        first += segment.docs;
        const lists = await Promise.all(keys.map((key) => this.list(meta, at, table, key)));
        const found =
          table === 'l'
            ? matchList(lists[0] && decodeDocList(lists[0]))
            : matchPositions([...term].length, lists.map((l) => l && decodePositions(l)), (doc) => meta.titleLength[base + doc]);
        for (const [doc, hit] of found) hits.set(base + doc, hit);
      }),
    );
    if (this.terms.size > 200) this.terms.clear();
    this.terms.set(term, hits);
    return hits;
  }

  /** Runs a query. Unknown filter keys select nothing. */
  async search(request: SearchRequest): Promise<RankedResults & { meta: IndexMeta; selection: Selection }> {
    const meta = await this.meta();
    const hits = await Promise.all(request.terms.map((t) => this.matches(t)));
    const selection: Selection = {};
    for (const [facet, key] of Object.entries(request.filters) as [SearchFacet, string][]) {
      selection[facet] = meta.facets[facet].findIndex((v) => v.key === key);
    }
    return { ...rankResults(meta, hits, selection, request.sort), meta, selection };
  }
}
