import { describe, expect, it } from 'vitest';
import { splitGluedHeading, splitGluedHeadings } from '../../../../src/ingest/clean/glued-headings.ts';
import { noise, seedLine } from '../../helpers/fixtures.ts';

describe('splitGluedHeadings', () => {
  it('splits a numbered heading glued to its paragraph (seed 001 line 54)', () => {
    const { lines } = splitGluedHeadings([{ n: 54, text: seedLine('001', 54) }], { noise });
    expect(lines.map((l) => [l.n, l.text.slice(0, 12)])).toEqual([
      [54, '二、人大工作要始终突出加'],
      [54, '加快发展是时代主题。当前'],
    ]);
    expect(lines[0]!.text).toBe('二、人大工作要始终突出加快发展这个第一要务');
  });

  it('splits unnumbered and （一） headings glued with one space (seed 003 lines 5 and 92)', () => {
    expect(splitGluedHeading(seedLine('003', 5))?.[0]).toBe('提高认识，转变观念，贯彻落实中央新疆工作座谈会精神');
    expect(splitGluedHeading(seedLine('003', 92))?.[0]).toBe('（一）乡镇人大履行监督权的状况与法律赋予的职权尚有距离');
  });

  it('leaves header lines, sentences with stray spaces and subtitles alone', () => {
    expect(splitGluedHeading(seedLine('003', 3))).toBeUndefined(); // title parts, byline, date, salutation
    expect(splitGluedHeading(seedLine('001', 18))).toBeUndefined(); // "需要, 不断加强" inside a sentence
    expect(splitGluedHeading(seedLine('003', 17))).toBeUndefined(); // space after a closing quote mid-sentence
    expect(splitGluedHeading('坚定信心 开拓进取')).toBeUndefined();
    expect(splitGluedHeading('今年以来 我们召开了三次会议，取得了实效。')).toBeUndefined(); // head too short
    // Found by the fuzzer: split here and rejoined, the line lost its space (依法履职 , → 依法履职,).
    expect(splitGluedHeading('<br/>依法履职 ,{p}常委会审议意见。')).toBeUndefined();
    expect(splitGluedHeading('人大代表依法履职 ，监督工作扎实推进。')).toBeUndefined();
  });
});
