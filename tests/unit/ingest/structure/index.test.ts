import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/ingest/clean/index.ts';
import { splitArticles } from '../../../../src/ingest/split.ts';
import { deriveTitle, structureArticle } from '../../../../src/ingest/structure/index.ts';
import type { StructuredArticle } from '../../../../src/ingest/types.ts';
import { noise, seed } from '../../helpers/fixtures.ts';

/** Article `ordinal` of a seed, split, cleaned and structured. */
function structured(prefix: string, ordinal: number): StructuredArticle {
  return structureArticle(cleanArticle(splitArticles(seed(prefix))[ordinal - 1]!, noise), noise);
}

/** `h<depth> text` for every heading of an article. */
const headings = (a: StructuredArticle) =>
  a.body.children.filter((n): n is Heading => n.type === 'heading').map((h) => `h${h.depth} ${toString(h)}`);

/** Structures a constructed text given as lines. */
const build = (...lines: string[]) => structureArticle(cleanArticle(splitArticles(lines.join('\n'))[0]!, noise), noise);

describe('structureArticle header fields on the seeds', () => {
  it('seed 000 article 1: marker title, two-line subtitle, salutation', () => {
    expect(structured('000', 1)).toMatchObject({
      title: '在全市乡镇人大经验交流会上的讲话',
      subtitle: '坚定信心 开拓进取 充分发挥人大在全市经济社会发展中的作用',
      salutation: '同志们：',
      lines: [1, 25],
    });
  });

  it('seed 003 article 1: title laid out on two lines, byline, dateline and salutation run together', () => {
    const a = structured('003', 1);
    expect(a).toMatchObject({
      title: '抓住机遇 开拓创新 依法履行职责 充分发挥乡镇人大作用',
      byline: '疏勒县人大常委会',
      dateline: '2024年9月8日',
      salutation: '各位领导、同志们：',
    });
    expect(a.subtitle).toBeUndefined();
    expect(a.removed).toContainEqual({ kind: 'junk-suffix', line: 1, text: '(精)' });
  });

  it('seed 003 article 2: the title as the text writes it (full-width comma), not the marker’s copy', () => {
    expect(structured('003', 2).title).toBe('努力履行职责，充分发挥工商联作用');
  });

  it('seed 004 article 4: byline and dateline line, junk suffix （精选） removed', () => {
    const a = structured('004', 4);
    expect(a).toMatchObject({
      title: '2024全市人大宣传工作会议材料',
      subtitle: '夯实基础建机制 突出重点求实效',
      byline: '陆良县人大常委会',
      dateline: '2024年4月',
    });
    expect(a.removed).toContainEqual({ kind: 'junk-suffix', line: 43, text: '（精选）' });
  });

  it('seed 004 article 3: closing dateline in Chinese numerals', () => {
    const a = structured('004', 3);
    expect(a.dateline).toBe('二Ｏ一Ｏ年十一月八日');
    expect(toString(a.body.children.at(-1)!)).toMatch(/再上新台阶。$/);
  });

  it('seed 004 articles 1 and 5: 人大政协 suffix removed, dash byline kept', () => {
    expect(structured('004', 1).title).toBe('人大机关宣传工作会议讲话');
    expect(structured('004', 5)).toMatchObject({
      title: '全市人大工作会议上的讲话',
      subtitle: '以“三个代表”重要思想为指导 努力开创全市人大工作新局面',
      byline: '——xxx同志在全市人大工作会议上的讲话',
    });
  });

  it('seed 003 article 3: the fuller title line wins over the marker title; category tag removed', () => {
    const a = structured('003', 3);
    expect(a.title).toBe('充分发挥代表作用 提高代表履职水平全面推动xx乡经济社会又好又快发展');
    expect(a.removed).toContainEqual({ kind: 'junk-suffix', line: 48, text: '(人大汇报材料)' });
  });

  it('seed 002 (no marker, no title line): title derived from the meeting it names, flagged', () => {
    expect(structured('002', 1)).toMatchObject({ title: '全县镇街人大工作座谈会', titleDerived: true, salutation: '同志们：' });
  });
});

describe('structureArticle headings on the seeds', () => {
  it('seed 000 article 5: 一、 h2, （一） h3, 一是 h4 under （二）, 1． h4', () => {
    const h = headings(structured('000', 5));
    expect(h.slice(0, 5)).toEqual([
      'h2 一、乡镇人大、街道人大工委自身建设加强，助推经济社会发展作用明显',
      'h3 （一）加强学习，完善制度，自身建设得到提升',
      'h3 （二）围绕中心，服务大局，有力地促进了经济建设和社会事业发展',
      'h4 一是圆满完成届中选举任务。',
      'h3 （三）加大宣传、扩大参与，有力地推动了基层民主法制建设',
    ]);
    expect(h).toContain('h4 1．要抓好代表活动阵地建设');
    expect(h).toHaveLength(25);
  });

  it('seed 000 article 2: standalone 一是… lines are headings when there is no numbered heading', () => {
    expect(headings(structured('000', 2))).toEqual([
      'h2 一是高举旗帜，胸怀大局，永葆爱党爱国忠心。',
      'h2 二是乘势而上、拼搏实干，永葆干事创业的恒心。',
      'h2 三是践行宗旨、增进福祉，永葆为民服务的初心。',
      'h2 四是依法行政、克己奉公，永葆慎初慎微的戒心。',
    ]);
  });

  it('seed 001 article 2: unnumbered heading lines are top-level headings', () => {
    expect(headings(structured('001', 2))).toEqual([
      'h2 提高政治站位，坚定正确方向，切实增强做好新时代人大工作的思想自觉、政治自觉、行动自觉',
      'h2 主动服务大局，彰显担当作为，全面提升人大工作质量和水平',
      'h2 加强党的领导，形成工作合力，全力保障人大依法履职',
    ]);
  });

  it('seed 001 article 3: glued heading split; 1、 paragraphs with lead sentences stay paragraphs', () => {
    const a = structured('001', 3);
    expect(headings(a)[1]).toBe('h2 二、人大工作要始终突出加快发展这个第一要务');
    const types = a.body.children.map((n: RootContent) => n.type);
    expect(types.filter((t) => t === 'heading')).toHaveLength(4);
    expect(a.body.children.some((n) => n.type === 'paragraph' && toString(n).startsWith('1、人大作为地方国家权力机关'))).toBe(true);
  });

  it('seed 003 article 2: （1） under 一、 is one level down (levels compressed to the schemes used)', () => {
    const h = headings(structured('003', 2));
    expect(h[0]).toBe('h2 一、全面贯彻落实科学发展观，努力开创工商联工作新局面。');
    expect(h[2]).toBe('h3 （1）解放思想、更新观念');
  });

  it('seed 003 article 3: a （一） paragraph among （一） headings is split into heading and paragraph', () => {
    const a = structured('003', 3);
    const i = a.body.children.findIndex((n) => toString(n) === '（一）加强代表学习培训力度，不断提高人大代表素质。');
    expect(a.body.children[i]).toMatchObject({ type: 'heading', depth: 3 });
    expect(toString(a.body.children[i + 1]!)).toMatch(/^乡人大主席团以宪法、代表法/);
  });

  it('seed 003 article 1 and 004 article 3: glued unnumbered and （一） headings', () => {
    expect(headings(structured('003', 1)).slice(0, 3)).toEqual([
      'h2 提高认识，转变观念，贯彻落实中央新疆工作座谈会精神',
      'h2 积极推进基层民主法制建设，充分发挥乡镇人大作用',
      'h3 （一）规范了乡镇人代会的工作程序，明确了乡镇人大主席团会议的内容',
    ]);
    expect(headings(structured('004', 3))[1]).toBe('h3 （一）加强领导，切实增强提案办理工作的责任意识');
  });

  it('seed 004 article 5: 第一，… is a paragraph when its series are paragraphs', () => {
    const h = headings(structured('004', 5));
    expect(h.at(-1)).toBe('h2 何闽旭同志在会议结束时的讲话');
    expect(h.some((x) => x.includes('第一，要认真学习好贯彻好这次会议精神'))).toBe(false);
  });
});

describe('structureArticle on constructed text', () => {
  it('maps the full numbering hierarchy to h2–h5 and 一是 one level below', () => {
    const a = build('标题', '同志们：', '一、总体要求', '（一）指导思想', '1．坚持党的领导', '（1）把方向', '一是定期研究', '正文段落。');
    expect(headings(a)).toEqual(['h2 一、总体要求', 'h3 （一）指导思想', 'h4 1．坚持党的领导', 'h5 （1）把方向', 'h6 一是定期研究']);
    expect(a.title).toBe('标题');
  });

  it('takes an unnumbered line for a heading when a paragraph or a numbered heading follows, not at the end', () => {
    const a = build('同志们：', '主动服务大局，全面提升人大工作质量', '（一）坚持党的领导', '正文段落。', '谢谢大家的支持和帮助');
    expect(headings(a)).toEqual(['h2 主动服务大局，全面提升人大工作质量', 'h3 （一）坚持党的领导']);
  });

  it('keeps long numbered sentences as paragraphs', () => {
    const a = build('一、总体要求', '二、坚持分工负责。局办公室对承办的提案进行认真梳理、分类、汇总，落实每一个提案的责任领导与责任科室。');
    expect(a.body.children.map((n) => n.type)).toEqual(['heading', 'paragraph']);
  });

  it('derives a title from the first clause when no meeting is named', () => {
    expect(deriveTitle('乡镇人大是我国最基层的国家权力机关，做好乡镇人大工作意义重大。')).toBe('乡镇人大是我国最基层的国家权力机关');
  });
});

describe('structureArticle header variants', () => {
  it('reads an organ line followed by a dateline line, and a dateline alone', () => {
    const a = build('第一篇：关于代表工作的汇报', '张家镇人大主席团', '2023年5月', '一、基本情况', '全镇共有代表52名。');
    expect(a).toMatchObject({ title: '关于代表工作的汇报', byline: '张家镇人大主席团', dateline: '2023年5月' });
    expect(a.subtitle).toBeUndefined();
  });

  it('never takes the only line of an article for its header', () => {
    const a = build('第一篇：短文', '加快发展是第一要务');
    expect(a.subtitle).toBeUndefined();
    expect(a.body.children).toHaveLength(1);
  });
});

describe('structureArticle keeps every header line (regressions found by the no-loss property)', () => {
  it('a closing dateline after a header dateline stays in the body', () => {
    const a = build('第一篇：工作汇报', '疏勒县人大常委会 2024年9月8日 各位领导、同志们：', '正文。', '二Ｏ一Ｏ年十一月八日');
    expect(a.dateline).toBe('2024年9月8日');
    expect(toString(a.body.children.at(-1)!)).toBe('二Ｏ一Ｏ年十一月八日');
  });

  it('repeated title-like lines without a marker become the title, the repeated copy recorded', () => {
    const a = build('正文：', '正文：', '正文：');
    expect(a.title).toBe('正文：'); // line 1
    expect(a.removed).toContainEqual({ kind: 'duplicate-title', line: 2, text: '正文：' });
    expect(a.body.children.map((n) => toString(n))).toEqual(['正文：']); // line 3: the last line is never header
  });
});
