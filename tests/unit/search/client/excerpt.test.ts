import { describe, expect, it } from 'vitest';
import { excerpt, findMatches } from '../../../../src/search/client/excerpt.ts';

describe('findMatches / excerpt', () => {
  it('finds matches across spaces and width differences, in source offsets', () => {
    expect(findMatches('加强 代表工作，ＧＤＰ', ['代表工作', 'gdp'])).toEqual([[3, 7], [8, 11]]);
    expect(findMatches('代 表', ['代表'])).toEqual([[0, 3]]);
  });
  it('cuts around the first match and marks every match', () => {
    const text = `${'前'.repeat(50)}代表工作${'后'.repeat(200)}`;
    const segments = excerpt(text, ['代表工作']);
    expect(segments[0]).toEqual({ text: '…', mark: false });
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['代表工作']);
    expect(segments[segments.length - 1]).toEqual({ text: '…', mark: false });
  });
});
