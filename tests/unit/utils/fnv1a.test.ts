import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../../src/utils/fnv1a.ts';

describe('fnv1a', () => {
  it('gives the published FNV-1a 32-bit values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the range from start to end only', () => {
    expect(fnv1a('xxfoobaryy', 2, 8)).toBe(fnv1a('foobar'));
  });
});
