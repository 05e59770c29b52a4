import { describe, expect, it } from 'vitest';
import { removeNoiseLines } from '../../src/ingest/clean/noise-lines.ts';
import { noise, seedLine } from './fixtures.ts';

const run = (...texts: string[]) => removeNoiseLines(texts.map((text, i) => ({ n: i + 1, text })), { noise });

describe('removeNoiseLines', () => {
  it('removes the 中词库网 generator line at the end of seed 004', () => {
    const { lines, removed } = run(seedLine('004', 103), seedLine('004', 105));
    expect(lines).toHaveLength(1);
    expect(removed).toEqual([{ kind: 'watermark', line: 2, text: seedLine('004', 105).trim() }]);
  });

  it('removes template-site ads, visit counters, paywall notices and breadcrumbs', () => {
    const { removed } = run(
      '本文由第一范文网整理发布',
      '更多范文请访问 www.diyifanwen.com',
      '浏览次数：1234次',
      '本文需付费下载，开通会员后阅读全文',
      '当前位置：首页 > 范文 > 讲话稿',
      '首页 > 公文写作网 > 人大工作',
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
