import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unaccounted } from '../../../src/ingest/accounting.ts';
import { ingestText } from '../../../src/ingest/index.ts';
import { noise, seed } from '../helpers/fixtures.ts';

/** Real seed lines plus the kinds of lines the stages treat specially. */
const pool = [
  ...['000', '001', '003', '004'].flatMap((p) => seed(p).split('\n').filter((l) => l.trim() !== '')).filter((_, i) => i % 7 === 0),
  '第一篇：在全县人大工作会议上的讲话(精)',
  '第2篇 代表工作经验交流材料人大政协',
  '第三篇：\ue004镇(zhèn)人大工作(精)此文来源于feisuxs',
  ' 第一篇：在全县人大工作会议上的讲话同志们：今天...',
  '同志们：',
  '各位代表、同志们：',
  '一、提高认识  加快发展是时代主题。当前任务很重。',
  '（一）加强学习',
  '1．要抓好阵地建设',
  '一是坚持学习。',
  '提纲',
  '正文：',
  '3、人民',
  '群众意识增强，对人大工作提出了新要求。',
  '。要增强监督实效。',
  '- 2 -',
  '12',
  '本DOCX文档由 www.zciku.com/中词库网 生成',
  '浏览次数：88次',
  '疏勒县人大常委会 2024年9月8日 各位领导、同志们：',
  '二Ｏ一Ｏ年十一月八日',
  '\ue004鎮(zhèn)人大\u200b主席团此文来源于feisuxs会议',
  '以“三个代表”重要思想为指导\ue003努力开创新局面',
];

describe('no-loss property', () => {
  it('every character of any compilation of seed-like lines is in an article or in removed[]', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        const { missing, extra } = unaccounted(text, ingestText(text, noise));
        expect(Object.fromEntries(missing)).toEqual({});
        expect(Object.fromEntries(extra)).toEqual({});
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });

  it('holds for arbitrary lines over an alphabet of markers, numbering, punctuation and noise', () => {
    const alphabet = [...'第一二三篇：、（）()1234567890是要同志们人大代表工作会议讲话。，！？；… \u3000\ue004\u200bXx*#—-<>{}[]网www.com精选'];
    const line = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 25 }), (lines) => {
        const text = lines.join('\n');
        if (text.trim() === '') return;
        const { missing, extra } = unaccounted(text, ingestText(text, noise));
        expect(Object.fromEntries(missing)).toEqual({});
        expect(Object.fromEntries(extra)).toEqual({});
      }),
      { numRuns: 200, seed: 20261122 },
    );
  });
});
