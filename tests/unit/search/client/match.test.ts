import { describe, expect, it } from 'vitest';
import { coverOffsets, keysFor } from '../../../../src/search/client/match.ts';

describe('coverOffsets / keysFor', () => {
  it('looks short terms up whole and covers longer ones with 4-character pieces', () => {
    expect(keysFor('法')).toEqual({ table: 'l', keys: ['法'] });
    expect(keysFor('人事任免')).toEqual({ table: 'l', keys: ['人事任免'] });
    expect(keysFor('全国人大常委会')).toEqual({ table: 'p', keys: ['全国人大', '大常委会'] });
    expect(coverOffsets(5)).toEqual([0, 1]);
    expect(coverOffsets(9)).toEqual([0, 4, 5]);
  });
});
