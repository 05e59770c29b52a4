import { describe, expect, it } from 'vitest';
import { articleText, sentences } from '../../../../src/ingest/classify/article-text.ts';
import { article } from '../../helpers/seed-articles.ts';

describe('sentences', () => {
  it('splits at 。！？ and keeps a closing quote with its sentence', () => {
    expect(sentences('要把“快、活、深、实”贯穿始终。他说：“做好宣传！”最后一句没有句号')).toEqual([
      '要把“快、活、深、实”贯穿始终。',
      '他说：“做好宣传！”',
      '最后一句没有句号',
    ]);
  });

  it('keeps runs of punctuation together', () => {
    expect(sentences('真的吗？！是的。')).toEqual(['真的吗？！', '是的。']);
  });
});

describe('articleText', () => {
  it('separates title, headings and body blocks', () => {
    const t = articleText(article('标题', ['一、加强自身建设', '正文第一段。', '（一）提高认识', '正文第二段。'], { subtitle: '副题' }));
    expect(t.head).toBe('标题\n副题');
    expect(t.headings).toBe('一、加强自身建设\n（一）提高认识');
    expect(t.blocks.filter((b) => b.heading)).toHaveLength(2);
    expect(t.body).toBe('一、加强自身建设\n正文第一段。\n（一）提高认识\n正文第二段。');
    expect(t.all).toBe(`${t.head}\n${t.body}`);
  });
});
