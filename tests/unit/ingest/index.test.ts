import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { outputTexts, unaccounted } from '../../../src/ingest/accounting.ts';
import { decode } from '../../../src/ingest/decode.ts';
import { ingestText } from '../../../src/ingest/index.ts';
import { buildDocx, encode, noise, seed, seedNames, sourceFile } from '../helpers/fixtures.ts';

describe('ingestText over the seed corpus', () => {
  it('produces 21 articles: 5, 5, 1, 5, 5', () => {
    const counts = ['000', '001', '002', '003', '004'].map((p) => ingestText(seed(p), noise).length);
    expect(counts).toEqual([5, 5, 1, 5, 5]);
    expect(counts.reduce((a, b) => a + b)).toBe(21);
  });

  it.each(['000', '001', '002', '003', '004'])(
    'loses nothing from seed %s: every character is in an article or in removed[] with a kind',
    (prefix) => {
      const text = seed(prefix);
      const articles = ingestText(text, noise);
      const { missing, extra } = unaccounted(text, articles);
      expect(Object.fromEntries(missing)).toEqual({});
      expect(Object.fromEntries(extra)).toEqual({});
      for (const r of articles.flatMap((a) => a.removed)) {
        expect(r.kind).toBeTruthy();
        expect(r.line).toBeGreaterThan(0);
      }
    },
  );

  it('removes the seeds’ noise: watermarks, invisible characters, page numbers, teasers', () => {
    const all = seedNames.map((_, i) => ingestText(seed(String(i).padStart(3, '0')), noise)).flat();
    const body = all.flatMap(outputTexts).join('\n');
    for (const junk of ['feisuxs', '文秘知音', 'zciku', '\ue003', '\ue004', '\ue005', '-1-', '第一篇：', '...。']) {
      expect(body.includes(junk) ? body.slice(body.indexOf(junk) - 30, body.indexOf(junk) + 10) : '', junk).toBe('');
    }
    // Placeholders stay visible (and are flagged), but for an empty <> subtitle, which is dropped.
    for (const kept of ['XX', 'ＸＸ', '***', '##', 'xx', '～', '^^^^^^^']) expect(body.includes(kept), kept).toBe(true);
    expect(body.includes('<>')).toBe(false);
    const kinds = new Set(all.flatMap((a) => a.removed.map((r) => r.kind)));
    for (const kind of ['teaser', 'marker', 'watermark', 'invisible', 'page-number', 'duplicate-title', 'outline', 'junk-suffix']) {
      expect(kinds.has(kind as never), kind).toBe(true);
    }
  });

  it('removes exactly this from the seeds (besides markers, outline lines and invisible characters)', () => {
    const removed = ['000', '001', '002', '003', '004'].flatMap((p) =>
      ingestText(seed(p), noise).flatMap((a) =>
        a.removed.filter((r) => !['marker', 'outline', 'invisible'].includes(r.kind)).map((r) => [p, r.line, r.kind, r.text.slice(0, 16)]),
      ),
    );
    expect(removed).toEqual([
      ['000', 1, 'teaser', '第一篇：在全市乡镇人大经验交流会'],
      ['000', 11, 'page-number', '1'],
      ['000', 27, 'duplicate-title', '在乡镇人大闭幕会上的讲话'],
      ['000', 44, 'placeholder', '<>'],
      ['000', 60, 'watermark', '此文来源于feisuxs'],
      ['000', 67, 'duplicate-title', '在乡镇、街道人大工作座谈会上的讲'],
      ['001', 10, 'watermark', '原创文秘材料，尽在文秘知音网络.'],
      ['001', 26, 'duplicate-title', '市委书记在市委人大工作会议上的讲'],
      ['001', 44, 'duplicate-title', '在市委人大工作会议上的讲话'],
      ['003', 1, 'junk-suffix', '(精)'],
      ['003', 1, 'duplicate-title', '抓住机遇开拓创新依法履行职责充分'],
      ['003', 21, 'duplicate-title', '努力履行职责,充分发挥工商联作用'],
      ['003', 26, 'page-number', '-1-'],
      ['003', 48, 'junk-suffix', '(人大汇报材料)'],
      ['003', 48, 'duplicate-title', '充分发挥代表作用'],
      ['003', 70, 'duplicate-title', '围绕中心 依法履行 发挥乡镇人大'],
      ['003', 78, 'page-number', ' 1'],
      ['003', 107, 'junk-suffix', '（乡镇人大总结）'],
      ['003', 112, 'watermark', '(本文权属文秘之音所有，更多文章'],
      ['004', 1, 'teaser', '第一篇：人大机关宣传工作会议讲话'],
      ['004', 2, 'junk-suffix', '人大政协'],
      ['004', 43, 'junk-suffix', '（精选）'],
      ['004', 44, 'duplicate-title', '2024全市人大宣传工作会议材料'],
      ['004', 53, 'page-number', ' 2 '],
      ['004', 59, 'junk-suffix', '人大政协'],
      ['004', 62, 'duplicate-title', '以“三个代表”重要思想为指导努力'],
      ['004', 104, 'duplicate-title', '全市人大工作会议上的讲话'],
      ['004', 105, 'watermark', '本DOCX文档由 www.zci'],
    ]);
  });

  it('is deterministic', () => {
    const text = seed('004');
    expect(JSON.stringify(ingestText(text, noise))).toBe(JSON.stringify(ingestText(text, noise)));
  });

  it('gives each article its source line range, in file order and without overlap', () => {
    const articles = ingestText(seed('000'), noise);
    expect(articles.map((a) => a.lines)).toEqual([
      [1, 25],
      [26, 42],
      [43, 51],
      [52, 65],
      [66, 157],
    ]);
  });
});

describe('decode → ingestText on constructed files', () => {
  it('reads a Traditional GBK compilation with pinyin annotations and loses nothing', async () => {
    const source = [
      '第一篇：在全鎮人大工作會議上的講話(精)',
      '同志們：',
      '一、加強鎮(zhèn)人大主席團建設',
      '鎮人大主席團要加強學習，提高履職能力。',
      '第二篇：代表工作經驗交流',
      '一是堅持學習。',
      '代表們認真學習憲法和代表法。',
    ].join('\r\n');
    const decoded = await decode(sourceFile('t.txt', encode(source, 'gbk')));
    const articles = ingestText(decoded.text, noise);
    expect(articles.map((a) => a.title)).toEqual(['在全镇人大工作会议上的讲话', '代表工作经验交流']);
    expect(toString(articles[0]!.body.children[0]!)).toBe('一、加强镇人大主席团建设');
    expect(articles[0]!.removed).toContainEqual({ kind: 'pinyin', line: 3, text: '(zhèn)' });
    const { missing, extra } = unaccounted(decoded.text, articles);
    expect([missing.size, extra.size]).toEqual([0, 0]);
  });

  it('reads a .docx speech into a structured article', async () => {
    const bytes = await buildDocx([
      '在全县人大代表工作座谈会上的讲话',
      '同志们：',
      '一、提高认识',
      '代表工作是人大工作的基础。',
      '二、强化保障',
      '要为代表依法履职提供服务。',
    ]);
    const [article] = ingestText((await decode(sourceFile('a.docx', bytes))).text, noise);
    expect(article).toMatchObject({ title: '在全县人大代表工作座谈会上的讲话', salutation: '同志们：' });
    expect(article!.body.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
  });
});
