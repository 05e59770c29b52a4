import { describe, expect, it } from 'vitest';
import { removeInvisible } from '../../../../src/ingest/clean/invisible.ts';
import { noise, seedLine } from '../../helpers/fixtures.ts';

describe('removeInvisible', () => {
  it('removes private-use characters of seed 004 and records them', () => {
    const line = { n: 66, text: seedLine('004', 66) };
    const { lines, removed } = removeInvisible([line], { noise });
    expect(lines[0]!.text.startsWith('一是人大监督工作成效明显。')).toBe(true);
    expect(removed).toEqual([{ kind: 'invisible', line: 66, text: '\ue004' }]);
  });

  it('turns a private-use separator between words into a space (seed 004 line 60)', () => {
    const { lines } = removeInvisible([{ n: 60, text: seedLine('004', 60) }], { noise });
    expect(lines[0]!.text).toBe('以“三个代表”重要思想为指导 努力开创全市人大工作新局面');
  });

  it('removes zero-width, bidi and control characters but keeps placeholders', () => {
    const { lines, removed } = removeInvisible([{ n: 1, text: 'XX\u200b镇\u202e人大\u0007***' }], { noise });
    expect(lines[0]!.text).toBe('XX 镇 人大***');
    expect(removed.map((r) => r.text)).toEqual(['\u200b', '\u202e', '\u0007']);
  });
});
