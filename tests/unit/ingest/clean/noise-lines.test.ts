import { describe, expect, it } from 'vitest';
import { removeNoiseLines } from '../../../../src/ingest/clean/noise-lines.ts';
import { noise, seedLine } from '../../helpers/fixtures.ts';

const run = (...texts: string[]) => removeNoiseLines(texts.map((text, i) => ({ n: i + 1, text })), { noise });

describe('removeNoiseLines', () => {
  it('removes the 中词库网 generator line at the end of seed 004', () => {
    const { lines, removed } = run(seedLine('004', 103), seedLine('004', 105));
    expect(lines).toHaveLength(1);
    expect(removed).toEqual([{ kind: 'watermark', line: 2, text: seedLine('004', 105).trim() }]);
  });

  it('removes template-site ads, visit counters, paywall notices and navigation (breadcrumbs are page chrome)', () => {
    const { removed } = run(
      '本文由第一范文网整理发布',
      '更多范文请访问 www.diyifanwen.com',
      '浏览次数：1234次',
      '本文需付费下载，开通会员后阅读全文',
      '全文共3251字，仅供会员参考',
      '注册后即可阅读全文',
      '上一篇：乡镇人大工作总结',
      '- 3 -',
      '12',
      '第 2 页 共 5 页',
    );
    expect(removed.map((r) => r.kind)).toEqual([
      'watermark',
      'watermark',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'page-number',
      'page-number',
      'page-number',
    ]);
  });

  it('removes page meta lines, bare timestamps, preview labels and share/print buttons', () => {
    const lines = ['发布时间：2021-05-06 09:12:33  来源：县人大办', '日期: 2016-04-21', '2021-05-06 09:12:33', '内容预览', '打印 纠错 分享到', '字体：[大][中][小]', '4874268'];
    const { lines: kept, removed } = run(...lines, '会议强调，要依法履职。');
    expect(removed.map((r) => r.text)).toEqual(lines);
    expect(removed.every((r) => r.kind === 'boilerplate')).toBe(true);
    expect(kept.map((l) => l.text)).toEqual(['会议强调，要依法履职。']);
  });

  it('keeps body lines that merely mention these words', () => {
    const texts = [
      seedLine('004', 6), // 在中国人大新闻网站发表文章4篇…
      '县人大常委会门户网站访问量大幅增加，群众反映良好。',
      '2024',
      '一、强化组织领导，健全工作机制',
      '下载安装“代表履职”应用程序，方便代表学习。',
      '会议材料已在县人大网发布。',
      '县人大常委会在门户网站 http://www.xx.gov.cn 发布了公告，免费提供下载。',
    ];
    expect(run(...texts).removed).toEqual([]);
  });
});
