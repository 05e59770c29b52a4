import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../../src/ingest/index.ts';
import { markRunInHeadings } from '../../../../src/ingest/structure/run-in.ts';
import { toMarkdown } from '../../../../src/ingest/write/to-markdown.ts';
import { noise, seed, seedNames } from '../../helpers/fixtures.ts';

const p = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });
const h2 = (value: string): RootContent => ({ type: 'heading', depth: 2, children: [{ type: 'text', value }] });
const root = (...children: RootContent[]): Root => ({ type: 'root', children });

/** The bold lead of each paragraph of `tree` that has one. */
const leads = (tree: Root) =>
  tree.children.flatMap((n) => (n.type === 'paragraph' && n.children[0]?.type === 'strong' ? [toString(n.children[0])] : []));

describe('markRunInHeadings', () => {
  it('bolds the lead sentence of each member of a numbered series and keeps the paragraph whole', () => {
    const tree = root(
      p('（一）做好新时期的乡镇人大工作，有利于党的方针政策的贯彻落实。乡镇人大是最基层的国家权力机关。'),
      p('（二）做好新时期的乡镇人大工作，有利于依法治国方略的深入实施。保证宪法和法律在本行政区域内遵守。'),
    );
    const out = markRunInHeadings(tree);
    expect(leads(out)).toEqual(['（一）做好新时期的乡镇人大工作，有利于党的方针政策的贯彻落实', '（二）做好新时期的乡镇人大工作，有利于依法治国方略的深入实施']);
    expect(out.children.map((n) => toString(n))).toEqual(tree.children.map((n) => toString(n)));
    expect(toString(out.children[0]!.type === 'paragraph' ? out.children[0].children[1]! : out)).toMatch(/^。乡镇人大/);
  });

  it('recognizes 1、, 第一， and 一是 series, each numbered from one', () => {
    const tree = root(
      p('1、要坚持走群众路线。切实加强与人大代表的联系。'),
      p('2、要认真处理群众信访。群众信访是民意反映的一条渠道。'),
      p('第一，提高认识。认识是行动的先导。'),
      p('第二，强化责任。我们把机关的同志组织起来。'),
      p('一是宣传的意识有所增强。过去对人大宣传重视不够。'),
      p('二是宣传的领域逐步拓宽。今年先后发稿多篇。'),
    );
    expect(leads(markRunInHeadings(tree))).toHaveLength(6);
  });

  it('leaves a lone numbered paragraph, a broken sequence, a list of one-sentence items and of 时间：… fields alone', () => {
    const lone = root(p('1、要坚持走群众路线。切实加强与人大代表的联系。'), p('这是一段论述。还有下文。'));
    const gap = root(p('1、要坚持走群众路线。切实加强联系。'), p('3、要认真处理群众信访。群众信访是渠道。'));
    const items = root(p('1、时间：2024年5月6日。'), p('2、地点：县人大常委会会议室。'), p('3、参加人员：全体代表。'));
    const fields = root(p('1、时间：2024年5月6日上午。会期一天。'), p('2、地点：县人大常委会会议室。请准时到会。'));
    const notFromOne = root(p('二是宣传的领域逐步拓宽。今年先后发稿多篇。'), p('三是宣传的体裁日趋多样。我们写了通讯。'));
    for (const tree of [lone, gap, items, fields, notFromOne]) expect(leads(markRunInHeadings(tree))).toEqual([]);
  });

  it('does not count a series across a heading', () => {
    const tree = root(h2('一、总体要求'), p('1、要坚持走群众路线。切实加强联系。'), h2('二、主要措施'), p('2、要认真处理群众信访。群众信访是渠道。'));
    expect(leads(markRunInHeadings(tree))).toEqual([]);
  });

  it('leaves a series alone when a lead sentence is long or leaves a quotation open', () => {
    const long = root(
      p(`1、${'坚持和依靠党的领导'.repeat(7)}。下文。`),
      p('2、要认真处理群众信访。群众信访是渠道。'),
    );
    const quote = root(p('1、他说：“要加强学习。要提高能力。”然后散会。'), p('2、要认真处理群众信访。群众信访是渠道。'));
    expect(leads(markRunInHeadings(long))).toEqual([]);
    expect(leads(markRunInHeadings(quote))).toEqual([]);
  });

  it('writes Markdown (MDX) that reads back as the same bold lead and text', () => {
    const tree = markRunInHeadings(
      root(p('1、加强**建设{x}对人大工作提出了新要求。党的十六届四中全会<b>作出决定。'), p('2、实现“两个率先”的奋斗目标对人大工作提出了新要求。下文。')),
    );
    const markdown = toMarkdown({ title: 't' } as Parameters<typeof toMarkdown>[0], tree).split('---\n\n')[1]!;
    expect(markdown).toMatch(/^\*\*1、加强\\\*\\\*建设\\\{x}对人大工作提出了新要求\*\*。党的/);
    const parsed = unified().use(remarkParse).use(remarkMdx).parse(markdown) as Root;
    expect(leads(parsed)).toEqual(leads(tree));
    expect(parsed.children.map((n) => toString(n))).toEqual(tree.children.map((n) => toString(n)));
  });
});

describe('run-in headings of the seeds', () => {
  const articles = seedNames.flatMap((name) => ingestText(seed(name.slice(0, 3)), noise));
  const all = articles.flatMap((a) => leads(a.body));

  it('finds the numbered sub-points that open paragraphs, and every one reads as Markdown bold', () => {
    expect(all).toContain('（一）做好新时期的乡镇人大工作，有利于党在农村各项方针政策的贯彻落实');
    expect(all).toContain('1、加强党的执政能力建设对人大工作提出了新要求');
    expect(all).toContain('（一）要自觉坚持和依靠党的领导');
    expect(all).toContain('第一，提高认识');
    // (一)/1、 sub-points: the ~40 of the issue; 第一，/一是 enumerations come on top.
    expect(all.filter((l) => /^(?:（[一二三四五六七八九十]+）|\d+、)/u.test(l)).length).toBeGreaterThanOrEqual(40);
    for (const a of articles) {
      const markdown = toMarkdown({ title: 't' } as Parameters<typeof toMarkdown>[0], a.body);
      const parsed = unified().use(remarkParse).use(remarkMdx).parse(markdown.split('---\n\n')[1]!) as Root;
      expect(leads(parsed)).toEqual(leads(a.body));
    }
  });

  it('bolds no paragraph that does not open with a numbering marker', () => {
    for (const lead of all) expect(lead).toMatch(/^(?:（[一二三四五六七八九十]+）|\d+、|第[一二三四五六七八九十]+，|[一二三四五六七八九十]+[是要])/u);
  });
});
