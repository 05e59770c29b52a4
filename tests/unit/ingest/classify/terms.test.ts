import { describe, expect, it } from 'vitest';
import { countMatches, termMatcher } from '../../../../src/ingest/classify/terms.ts';

describe('termMatcher', () => {
  it('counts the longest term at each place, once', () => {
    const m = termMatcher(['监督', '监督法', '人大']);
    expect(countMatches('贯彻监督法，加强监督，人大监督', m)).toBe(4);
    expect(countMatches('监督法', termMatcher(['监督', '监督法']))).toBe(1);
  });

  it('treats regular-expression characters in terms literally', () => {
    expect(countMatches('a.b axb', termMatcher(['a.b']))).toBe(1);
    expect(countMatches('任何文字', termMatcher([]))).toBe(0);
  });
});
