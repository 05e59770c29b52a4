import { describe, expect, it } from 'vitest';
import { ShardView, decodeMeta, encodeMeta, encodeShard } from '../../../../src/search/shared/index-format.ts';
import { VarintReader, VarintWriter } from '../../../../src/search/shared/varint.ts';
import { buildIndex, page } from '../records.ts';

describe('varint and index codecs', () => {
  it('round-trips numbers of every size', () => {
    const numbers = [0, 1, 127, 128, 300, 2 ** 31, 2 ** 40 + 5];
    const w = new VarintWriter();
    numbers.forEach((n) => w.write(n));
    const r = new VarintReader(w.finish());
    expect(numbers.map(() => r.read())).toEqual(numbers);
    expect(r.done).toBe(true);
    expect(() => r.read()).toThrow(/truncated/);
  });
  it('finds lists in a shard, inline or in their own file, by exact key', () => {
    const view = new ShardView(encodeShard([['人', new Uint8Array([1, 2])], ['𠀀字', 7]]));
    expect(view.get('人')).toEqual(new Uint8Array([1, 2]));
    expect(view.get('𠀀字')).toBe(7);
    expect(view.get('大人')).toBeUndefined();
  });
  it('round-trips the meta table, lengths within 4.5%', () => {
    const { meta } = buildIndex([page('甲', ['一'.repeat(5000)], 2020), page('乙', ['二'], null)]);
    const decoded = decodeMeta(encodeMeta(meta));
    expect({ ...decoded, length: [] }).toEqual({ ...meta, length: [] });
    decoded.length.forEach((n, i) => expect(Math.abs(n - meta.length[i]) / meta.length[i]).toBeLessThan(0.045));
  });
});
