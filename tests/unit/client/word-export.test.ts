/**
 * The Word export's .docx (src/client/word-export/to-docx.ts) in the 公文 layout: the text in reading
 * order as Word readers see it (mammoth, through the ingest's own .docx reader), heading levels,
 * fonts, sizes, indents, line spacing and GB/T 9704 page margins; and the download's file name.
 */
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../../src/ingest/decode/docx.ts';
import { toDocx } from '../../../src/client/word-export/to-docx.ts';
import { wordFileName } from '../../../src/client/word-export/download.ts';
import type { WordDocument } from '../../../src/client/word-export/model.ts';
import { openDocx, styleLook } from '../helpers/docx-xml.ts';

const speech: WordDocument = {
  title: '在全县人大代表工作座谈会上的讲话',
  subtitle: '——2010年5月12日',
  byline: '县人大常委会主任　王某某',
  blocks: [
    { kind: 'paragraph', text: '同志们：' },
    { kind: 'heading', level: 2, text: '一、充分认识代表工作的重要意义' },
    { kind: 'paragraph', text: '代表工作是人大工作的基础。2009 年以来，各乡镇做了大量工作。' },
    { kind: 'heading', level: 3, text: '（一）加强代表学习培训' },
    { kind: 'paragraph', text: '一是组织集中培训。' },
    { kind: 'heading', level: 4, text: '1. 培训内容' },
    { kind: 'heading', level: 2, text: '二、明确下一步工作重点' },
    { kind: 'paragraph', text: '要围绕中心、服务大局。' },
  ],
  source: ['王某某：在全县人大代表工作座谈会上的讲话。人大工作实务知识库。', '出处：原始汇编 sample.txt 第 1–40 行。'],
};

const exported = async (doc: WordDocument) => new Uint8Array(await Packer.toBuffer(toDocx(doc)));

describe('Word export (.docx)', () => {
  it('holds title, subtitle, byline, headings, paragraphs and the source lines in reading order', async () => {
    const lines = (await docxText('export.docx', await exported(speech))).split('\n').filter((l) => l !== '');
    const expected = [
      speech.title,
      speech.subtitle,
      speech.byline,
      ...speech.blocks.map((b) => b.text),
      ...speech.source,
    ];
    expect(lines).toEqual(expected);
  });

  it('lays the document out as a 公文: fonts, sizes, indents (none for 同志们：), fixed line spacing, A4 margins of GB/T 9704', async () => {
    const { paragraphs, styles, page } = await openDocx(await exported(speech));
    const styleOf = (text: string) => paragraphs.find((p) => p.text === text)!.style;
    const title = styleLook(styles, styleOf(speech.title));
    expect(title).toMatchObject({ font: '方正小标宋简体', pt: 22, align: 'center', firstLine: 0 });
    expect(styleLook(styles, styleOf('同志们：'))).toMatchObject({ font: '仿宋_GB2312', firstLine: 0 });
    const body = styleLook(styles, styleOf('要围绕中心、服务大局。'));
    expect(body).toMatchObject({ font: '仿宋_GB2312', pt: 16, firstLine: 640, lineRule: 'exact' });
    // GB/T 9704: 22 lines in the 225 mm high type area, about 28.9 pt each.
    expect(body.line! / 20).toBeGreaterThanOrEqual(28);
    expect(body.line! / 20).toBeLessThanOrEqual(29);
    expect(styleLook(styles, styleOf(speech.byline!))).toMatchObject({ font: '楷体_GB2312', align: 'center' });
    expect(styleLook(styles, styleOf('一、充分认识代表工作的重要意义'))).toMatchObject({ font: '黑体', pt: 16, outlineLevel: 0, firstLine: 640 });
    expect(styleLook(styles, styleOf('二、明确下一步工作重点'))).toMatchObject({ font: '黑体', outlineLevel: 0 });
    expect(styleLook(styles, styleOf('（一）加强代表学习培训'))).toMatchObject({ font: '楷体_GB2312', pt: 16, outlineLevel: 1 });
    expect(styleLook(styles, styleOf('1. 培训内容'))).toMatchObject({ font: '仿宋_GB2312', bold: true, outlineLevel: 2 });
    const mm = (twips: number) => Math.round((twips / 1440) * 25.4);
    expect(Object.fromEntries(Object.entries(page).map(([k, v]) => [k, mm(v)]))).toEqual({
      width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26,
    });
  });

  it('ranks headings from the body’s own top level: a body whose first level is h3 starts at 黑体', async () => {
    const doc: WordDocument = {
      ...speech,
      blocks: [
        { kind: 'heading', level: 3, text: '（一）工作回顾' },
        { kind: 'heading', level: 4, text: '1. 主要做法' },
      ],
    };
    const { paragraphs, styles } = await openDocx(await exported(doc));
    const font = (text: string) => styleLook(styles, paragraphs.find((p) => p.text === text)!.style).font;
    expect([font('（一）工作回顾'), font('1. 主要做法')]).toEqual(['黑体', '楷体_GB2312']);
  });

  it('names the download after the title, without characters Windows forbids in file names', () => {
    expect(wordFileName('关于“十二五”规划的报告')).toBe('关于“十二五”规划的报告.docx');
    expect(wordFileName('问答：代表/委员*的职责?')).toBe('问答：代表_委员_的职责_.docx');
    expect([...wordFileName('长'.repeat(200))].length).toBe(80 + '.docx'.length);
  });
});
