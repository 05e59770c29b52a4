/** Search test fixtures: documents' search records and pages as the index builder reads them, and the whole index built in memory. */
import { SegmentBuilder, shardTarget, type IndexInput } from '../../../src/search/build/build-index.ts';
import { buildMeta, type DocInfo } from '../../../src/search/build/meta-table.ts';
import { packFiles, packShardCounts } from '../../../src/search/build/pack.ts';
import { encodePack, type IndexMeta, type SegmentInfo } from '../../../src/search/shared/index-format.ts';
import type { SearchRecord } from '../../../src/search/shared/search-record.ts';

/** The search record of a document titled `title`. */
export function record(title: string, year: number | null = 2020, topic = 'deputies', level = 'county'): SearchRecord {
  return {
    title,
    meta: '',
    year,
    time: { label: year === null ? '年份不详' : `${year}年`, doubtful: false },
    facets: {
      topic: [{ key: topic, label: topic }],
      level: [{ key: level, label: level }],
      kind: [{ key: 'speech', label: '讲话' }],
      province: [],
      year: year === null ? [] : [{ key: String(year), label: `${year}年` }],
    },
  };
}

/** A page with a title block and one block per paragraph of `body`. */
export function page(title: string, body: string[], year: number | null = 2020, topic?: string, level?: string): IndexInput {
  return {
    url: `docs/${title}/`,
    text: { blocks: [{ text: title, anchor: -1, heading: 1 }, ...body.map((text) => ({ text, anchor: -1, heading: 0 }))], anchors: [] },
    record: record(title, year, topic, level),
  };
}

/**
 * The whole index of `pages` built in memory (what the build writes to disk, src/search/build/exact-index.ts), in segments of `segmentDocs` documents (all in one
 * by default) in folders `s0`, `s1`, …, their shards packed in `pack`: the meta table and the files by path.
 */
export function buildIndex(pages: readonly IndexInput[], segmentDocs = Math.max(pages.length, 1)): { meta: IndexMeta; files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const segments: { info: SegmentInfo; docs: DocInfo[]; shards: Uint8Array[] }[] = [];
  for (let first = 0; first < pages.length; first += segmentDocs) {
    const dir = `s${segments.length}`;
    const builder = new SegmentBuilder(shardTarget(pages.length, segmentDocs));
    for (const page of pages.slice(first, first + segmentDocs)) {
      const [name, bytes] = builder.add(page);
      files.set(`${dir}/${name}`, bytes);
    }
    const finish = builder.finish();
    let next = finish.next();
    for (; !next.done; next = finish.next()) files.set(`${dir}/${next.value[0]}`, next.value[1]);
    segments.push({ info: { dir, docs: builder.docs.length, shards: next.value.counts }, docs: builder.docs, shards: next.value.shards });
  }
  const infos = segments.map((s) => s.info);
  const pack = { dir: 'pack', shards: packShardCounts(infos) };
  for (const [name, members] of packFiles(infos, pack)) {
    files.set(`${pack.dir}/${name}`, encodePack(members.map((m) => segments[m.segment].shards[m.shard])));
  }
  return { meta: buildMeta(segments, pack), files };
}
