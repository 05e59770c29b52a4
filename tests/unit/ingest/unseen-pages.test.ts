/**
 * Text copied from web pages: watermarks that must take only their own span, page chrome that is
 * never the title, page dates, and the level, kind and province cues such pages carry. (The unseen
 * fixtures test runs whole pages; these pin each rule. Paywall prompts, "more articles" lists, a
 * site header and a table of contents are cases in tests/fixtures/cases/clean/.)
 */
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { classifyArticle } from '../../../src/ingest/classify/index.ts';
import { ingestText } from '../../../src/ingest/index.ts';
import { auditProblems, suspiciousRemovals } from '../../../src/ingest/removal-audit.ts';
import { projectContext } from '../helpers/context.ts';
import { article } from '../helpers/seed-articles.ts';
import { noise } from '../helpers/fixtures.ts';

const ingest = (...lines: string[]) => ingestText(lines.join('\n'), noise)[0]!;
const body = (a: ReturnType<typeof ingest>) => a.body.children.map((n) => toString(n));
const classify = (...lines: string[]) => classifyArticle(ingest(...lines), projectContext());

describe('a watermark takes only its own span', () => {
  const line = '“人大代表之家”是推进基层民主政治建某某文库+:https://www.example.cn/。%公…众号:某某笔记。整理汇总。设的一个有效载体，是保障人大代表履职交流的一个重要平台。';

  it('cuts a URL watermark injected mid-word, prefix included, and keeps the sentence around it', () => {
    const a = ingest('人大主席座谈会讲话', line, '要着力建设“一个载体”。');
    expect(body(a)[0]).toBe('“人大代表之家”是推进基层民主政治建设的一个有效载体，是保障人大代表履职交流的一个重要平台。');
    expect(a.removed).toContainEqual({ kind: 'watermark', line: 2, text: '某某文库+:https://www.example.cn/。%公…众号:某某笔记。整理汇总。' });
    expect(suspiciousRemovals(a.removed, noise.audit)).toEqual([]);
  });

  it('the removal audit flags a removal that took body sentences, and names file, line and document', () => {
    const greedy = { kind: 'watermark' as const, line: 2, text: 'https://www.example.cn/。%公…众号:某某笔记。整理汇总。设的一个有效载体，是保障人大代表履职交流的一个重要平台。' };
    const ad = { kind: 'watermark' as const, line: 9, text: '本DOCX文档由 www.zciku.com/中词库网 生成，海量范文文档任你选，，为你的工作锦上添花,祝你一臂之力！' };
    expect(suspiciousRemovals([greedy, ad], noise.audit)).toEqual([greedy]);
    const [problem] = auditProblems([{ id: 'x-01', file: 'x.txt', removed: [greedy, ad] }], noise.audit);
    expect(problem).toMatch(/^x\.txt:2 \[x-01\]: 作为watermark删除的文字含正文句子“设的一个有效载体/u);
  });
});

describe('page chrome is never the title', () => {
  it('skips a breadcrumb with its icon, a preview label, a bare timestamp and a contents label for the real title below', () => {
    const a = ingest('icon.png 首页 > 栏目 > 子栏目', '内容预览', '2021-05-06 09:12:33', '目录', '在全县人大工作会议上的讲话', '同志们：', '今天召开全县人大工作会议。');
    expect(a.title).toBe('在全县人大工作会议上的讲话');
    expect(a.salutation).toBe('同志们：');
    expect(body(a)).toEqual(['今天召开全县人大工作会议。']);
  });

  it('takes a page title field as the title and a title run together with its text', () => {
    expect(ingest('本篇文章388字,读完约1分钟', '据报道，代表们开展了活动。', '标题:华漕人大代表进联系站开展联系选民活动').title).toBe('华漕人大代表进联系站开展联系选民活动');
    const a = ingest('在镇街人大工作座谈会上的讲话(2022年3月 县人大常委会会议室)同志们:今天，我们召开全县镇街人大工作座谈会。下面，我提三点要求。');
    expect([a.title, a.dateline, a.salutation]).toEqual(['在镇街人大工作座谈会上的讲话', '2022年3月 县人大常委会会议室', '同志们:']);
    expect(body(a)).toEqual(['今天，我们召开全县镇街人大工作座谈会。下面，我提三点要求。']);
  });
});

describe('page dates, levels, kinds and provinces', () => {
  it('reads the year from the page date when the text gives none', () => {
    expect(classify('人大代表视察民生项目', '日期: 2016-04-21', '代表们视察了民生项目。').data).toMatchObject({ year: 2016, date: '2016-04-21' });
    expect(classify('人大代表视察民生项目', '发布时间：2021-05-06', '代表们视察了民生项目。').data).toMatchObject({ year: 2021, date: '2021-05-06' });
  });

  it('puts a street office at township level', () => {
    expect(classify('荷花池街道人大工委工作总结', '今年以来，我街道人大工委认真履职。').data.level).toBe('township');
  });

  it('reads a provincial standing committee report as a provincial report, and a city one as a report, not a speech', () => {
    expect(classify('安徽省人民代表大会常务委员会工作报告', '各位代表：', '我受省人大常委会委托，向大会报告工作，请予审议。').data).toMatchObject({ kind: 'report', level: 'province' });
    const city = classifyArticle(article('过去一年的主要工作', ['我受市人大常委会委托，向大会报告工作，请予审议。'], { salutation: '各位代表：' }), projectContext());
    expect(city.data.kind).toBe('report');
  });

  it('finds the province from its abbreviation or slogan when no place is named', () => {
    const r = classifyArticle(article('关于开展代表主题活动的意见', ['根据渝委发〔2019〕3号文件精神，围绕富民兴渝开展活动。']), projectContext());
    expect(r.data.place).toMatchObject({ province: '重庆市' });
  });
});
