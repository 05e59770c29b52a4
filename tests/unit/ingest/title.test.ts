import { describe, expect, it } from 'vitest';
import { stripTitleSuffixes } from '../../../src/ingest/title.ts';
import { noise } from '../helpers/fixtures.ts';

const strip = (title: string) => stripTitleSuffixes(title, noise.titleSuffixes);

describe('stripTitleSuffixes', () => {
  it.each([
    ['抓住机遇开拓创新依法履行职责充分发挥乡镇人大作用(精)', '抓住机遇开拓创新依法履行职责充分发挥乡镇人大作用', ['(精)']],
    ['人大机关宣传工作会议讲话人大政协', '人大机关宣传工作会议讲话', ['人大政协']],
    ['2024全市人大宣传工作会议材料（精选）', '2024全市人大宣传工作会议材料', ['（精选）']],
    ['充分发挥代表作用(人大汇报材料)', '充分发挥代表作用', ['(人大汇报材料)']],
    ['积极开展代表活动 充分发挥代表作用（乡镇人大总结）', '积极开展代表活动 充分发挥代表作用', ['（乡镇人大总结）']],
    ['乡镇人大工作讲话（共5篇）(精选)', '乡镇人大工作讲话', ['(精选)', '（共5篇）']],
  ])('%s', (title, expected, suffixes) => {
    expect(strip(title)).toEqual({ title: expected, suffixes });
  });

  it('keeps meaningful titles, including 人大政协 inside a title and a title that is only a suffix', () => {
    expect(strip('县委人大政协工作会议经验交流材料').title).toBe('县委人大政协工作会议经验交流材料');
    expect(strip('在全市乡镇人大经验交流会上的讲话').suffixes).toEqual([]);
    expect(strip('人大政协').title).toBe('人大政协');
  });
});
