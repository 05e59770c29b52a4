import { describe, expect, it } from 'vitest';
import { removeNoiseInline } from '../../../../src/ingest/clean/noise-inline.ts';
import { noise, seedLine } from '../../helpers/fixtures.ts';

describe('removeNoiseInline', () => {
  it('cuts the watermark injected mid-sentence in seed 000 line 60', () => {
    const { lines, removed } = removeNoiseInline([{ n: 60, text: seedLine('000', 60) }], { noise });
    expect(lines[0]!.text).toContain('首先必须明确民主集中制是国家政权组成的原则');
    expect(removed).toEqual([{ kind: 'watermark', line: 60, text: '此文来源于feisuxs' }]);
  });

  it('cuts the site ad at the end of seed 001 line 10 and keeps the sentence before it', () => {
    const { lines, removed } = removeNoiseInline([{ n: 10, text: seedLine('001', 10) }], { noise });
    expect(lines[0]!.text.endsWith('为ＸＸ的跨越发展提供不竭的力量源泉。')).toBe(true);
    expect(removed).toEqual([{ kind: 'watermark', line: 10, text: '原创文秘材料，尽在文秘知音网络.com网。' }]);
  });

  it('cuts the bracketed copyright note injected in seed 003 line 112', () => {
    const { lines, removed } = removeNoiseInline([{ n: 112, text: seedLine('003', 112) }], { noise });
    expect(lines[0]!.text).toContain('影响了群众生活，人民群众反映比较强烈。');
    expect(removed).toEqual([{ kind: 'watermark', line: 112, text: '(本文权属文秘之音所有，更多文章请登陆www.feisuxs查看)' }]);
  });

  it('cuts unbracketed copyright and "more articles" notes', () => {
    const { lines } = removeNoiseInline([{ n: 1, text: '加强代表工作。本文版权归第一范文网所有，更多范文请访问 www.diyifanwen.com 查看' }], { noise });
    expect(lines[0]!.text.trim()).toBe('加强代表工作。');
  });

  it('cuts URLs and bracketed source and paywall notes anywhere in a line', () => {
    const { lines, removed } = removeNoiseInline(
      [{ n: 1, text: '加强代表工作（来源：第一范文网）是基础，www.fanwen123.com/rd 详见【本文需付费下载全文】。' }],
      { noise },
    );
    expect(lines[0]!.text).toBe('加强代表工作是基础， 详见。');
    expect(removed.map((r) => r.kind)).toEqual(['watermark', 'watermark', 'boilerplate']);
  });

  it('removes a line left with only punctuation', () => {
    const { lines, removed } = removeNoiseInline([{ n: 4, text: '本文来自www.wenmi.com整理。' }], { noise });
    expect(lines).toEqual([]);
    expect(removed.map((r) => r.text).join('')).toBe('本文来自www.wenmi.com整理。');
  });

  it('keeps a placeholder left alone on its line', () => {
    const { lines } = removeNoiseInline([{ n: 1, text: '*** 本文来自www.wenmi.com整理' }], { noise });
    expect(lines.map((l) => l.text.trim())).toEqual(['***']);
  });

  it('keeps placeholders and ordinary Latin text', () => {
    const text = seedLine('001', 52); // ######亿元 … ##%
    expect(removeNoiseInline([{ n: 52, text }], { noise }).lines[0]!.text).toBe(text);
    const dxp = '坚持以dxp理论和“三个代表”重要思想为指导，建设富裕文明和谐aa。文章由xx乡人大撰写，见www.npc.gov.cn。';
    expect(removeNoiseInline([{ n: 1, text: dxp }], { noise }).lines[0]!.text).toBe(dxp);
  });
});
