/**
 * Builds the exact-match search index (format: src/scripts/search/index-format.ts) from the
 * pages' extracted text and search records. Pure: returns file contents by path; the
 * integration compresses and writes them.
 */
import {
  FACETS,
  packShard,
  shardOf,
  writePosting,
  type DocFragment,
  type Facet,
  type FacetValue,
  type IndexMeta,
  type PackedPostings,
  type Posting,
} from '../../scripts/search/index-format.ts';
import { VarintWriter } from '../../scripts/search/varint.ts';
import { normalize } from '../../scripts/search/normalize.ts';
import type { PageText } from './html-text.ts';
import type { SearchRecord } from '../../components/search/search-record.ts';

/** One indexed page. */
export interface IndexInput {
  /** URL relative to the site base, e.g. `docs/abc/`. */
  url: string;
  text: PageText;
  record: SearchRecord;
}

/** Target uncompressed size of a shard; the shard count grows with the corpus. */
export const SHARD_BYTES = 24_000;

/** The index: its meta table (version still empty) and the shards and fragments by file name, uncompressed. */
export function buildIndex(pages: readonly IndexInput[]): { meta: IndexMeta; files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const facets = Object.fromEntries(FACETS.map((f) => [f, [] as FacetValue[]])) as Record<Facet, FacetValue[]>;
  const values = Object.fromEntries(FACETS.map((f) => [f, [] as number[][]])) as Record<Facet, number[][]>;
  const meta: IndexMeta = { version: '', shards: 1, facets, values, length: [], titleLength: [], year: [] };
  // Postings are encoded as each document is read, so memory stays near the index size.
  const postings = new Map<string, { count: number; last: number; writer: VarintWriter }>();
  let positionCount = 0;

  pages.forEach((page, doc) => {
    const blocks = [...page.text.blocks];
    const titleAt = blocks.findIndex((b) => b.heading === 1);
    if (titleAt > 0) blocks.unshift(...blocks.splice(titleAt, 1));
    let pos = 0;
    let titleLength = 0;
    const seen = new Map<string, Posting>();
    blocks.forEach((block, i) => {
      const cps = [...normalize(block.text)];
      cps.forEach((ch, k) => {
        const inTitle = i === 0 && titleAt >= 0;
        let uni = seen.get(ch);
        if (!uni) seen.set(ch, (uni = { doc, count: 0, inTitle: false }));
        uni.count++;
        uni.inTitle ||= inTitle;
        if (k + 1 < cps.length) {
          const key = ch + cps[k + 1];
          let bi = seen.get(key);
          if (!bi) seen.set(key, (bi = { doc, count: 0, inTitle: false, positions: [] }));
          bi.count++;
          bi.positions!.push(pos + k);
        }
      });
      pos += cps.length + 1; // the block boundary takes one position
      if (i === 0 && titleAt >= 0) titleLength = cps.length;
    });
    for (const [key, p] of seen) {
      let acc = postings.get(key);
      if (!acc) postings.set(key, (acc = { count: 0, last: 0, writer: new VarintWriter() }));
      writePosting(acc.writer, acc.last, p, p.positions === undefined);
      acc.count++;
      acc.last = doc;
      positionCount += 2 + (p.positions?.length ?? 0);
    }
    meta.length.push(pos);
    meta.titleLength.push(titleLength);
    meta.year.push(page.record.year ?? 0);
    for (const f of FACETS) {
      values[f].push(
        page.record.facets[f].map((v) => {
          let at = facets[f].findIndex((known) => known.key === v.key);
          if (at === -1) at = facets[f].push(v) - 1;
          return at;
        }),
      );
    }
    const fragment: DocFragment = {
      url: page.url,
      title: page.record.title,
      meta: page.record.meta,
      blocks: blocks.map((b) => [b.text, b.anchor]),
      anchors: page.text.anchors,
    };
    files.set(`d${doc}.bin`, new TextEncoder().encode(JSON.stringify(fragment)));
  });

  // About 1.5 bytes per stored number: pick a power of two that keeps shards near SHARD_BYTES.
  let shards = 1;
  while ((positionCount * 1.5) / shards > SHARD_BYTES) shards *= 2;
  meta.shards = shards;
  const buckets: Map<string, PackedPostings>[] = Array.from({ length: shards }, () => new Map());
  for (const [key, { count, writer }] of postings) buckets[shardOf(key, shards)].set(key, { count, bytes: writer.finish() });
  postings.clear();
  buckets.forEach((bucket, n) => files.set(`s${n}.bin`, packShard(bucket)));
  for (const f of FACETS) sortFacet(meta, f);
  return { meta, files };
}

/** Orders a facet's values for display (years descending, others by label) and remaps the documents' indexes. */
function sortFacet(meta: IndexMeta, facet: Facet): void {
  const list = meta.facets[facet];
  const order = list.map((_, i) => i);
  order.sort((a, b) =>
    facet === 'year' ? Number(list[b].key) - Number(list[a].key) : list[a].label.localeCompare(list[b].label, 'zh-CN'),
  );
  const newIndex = new Map(order.map((old, i) => [old, i]));
  meta.facets[facet] = order.map((i) => list[i]);
  meta.values[facet] = meta.values[facet].map((vs) => vs.map((v) => newIndex.get(v)!));
}
