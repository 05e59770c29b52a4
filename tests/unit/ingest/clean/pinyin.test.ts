import { describe, expect, it } from 'vitest';
import { removePinyin } from '../../../../src/ingest/clean/pinyin.ts';
import { noise } from '../../helpers/fixtures.ts';

describe('removePinyin', () => {
  it('removes toned pinyin in half- and full-width parentheses', () => {
    const { lines, removed } = removePinyin([{ n: 3, text: '镇(zhèn)人大主席团在爨（cuàn）乡开会。' }], { noise });
    expect(lines[0]!.text).toBe('镇人大主席团在爨乡开会。');
    expect(removed).toEqual([
      { kind: 'pinyin', line: 3, text: '(zhèn)' },
      { kind: 'pinyin', line: 3, text: '（cuàn）' },
    ]);
  });

  it('removes multi-syllable and tone-number annotations', () => {
    const { lines } = removePinyin([{ n: 1, text: '疏勒（shū lè）县和着(zhuo2)重' }], { noise });
    expect(lines[0]!.text).toBe('疏勒县和着重');
  });

  it('keeps parenthesized placeholders and Latin words that are not pinyin', () => {
    const text = '现辖8个行政村（xx村、xx村），建设（xx）项目，GDP(total)增长';
    const { lines, removed } = removePinyin([{ n: 1, text }], { noise });
    expect(lines[0]!.text).toBe(text);
    expect(removed).toEqual([]);
  });
});
