import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAlterations, parseAltered } from '../../../../src/ingest/classify/altered.ts';
import { classifyArticle } from '../../../../src/ingest/classify/index.ts';
import { ingestText } from '../../../../src/ingest/index.ts';
import { articleId } from '../../../../src/ingest/ids.ts';
import { projectContext } from '../../helpers/context.ts';
import { noise, seed, seedNames } from '../../helpers/fixtures.ts';

const rules = parseAltered(readFileSync(new URL('../../../../content/altered.yaml', import.meta.url), 'utf8'));
const kinds = (text: string) => findAlterations([text], [], rules).map((a) => a.kind);

describe('findAlterations', () => {
  it('finds masked words, pinyin initials, places masked as aa and systematic spin, with counts and examples', () => {
    const found = findAlterations(
      ['发展******政治，建设****政治文明。坚持以dxp理论为指导，hjt同志指出，为建设和谐aa而奋斗。非凡是基层，中共中心转发了文件。'],
      [],
      rules,
    );
    expect(found.map((a) => [a.kind, a.count])).toEqual([
      ['masked', 2],
      ['initials', 2],
      ['masked-place', 1],
      ['spin', 2],
    ]);
    expect(found[0]!.examples[0]).toContain('发展******政治');
    expect(found[3]!.examples).toEqual(['非凡是（疑为“特别是”）', '中共中心（疑为“中共中央”）']);
  });

  it('flags placeholders: XX, ××, 第X次, ～年, 5xxxx篇, and an empty subtitle dropped as a placeholder', () => {
    for (const text of ['打造XX辖区环境', '××同志', '镇第X次会议', '召开～年工作会', '已发稿5xxxx篇', '——xxx同志在会上的讲话']) {
      expect(kinds(text), text).toEqual(['placeholder']);
    }
    expect(findAlterations(['正文'], [{ kind: 'placeholder', line: 3, text: '<>' }], rules)).toEqual([{ kind: 'placeholder', count: 1, examples: ['<>'] }]);
  });

  it('leaves ordinary text alone: 熟悉工作, 非凡的, 中心工作, AA级, 2020～2021年, Latin words, one spin-like phrase', () => {
    const ordinary = [
      '进一步熟悉本职工作，熟悉人大工作程序和特点。',
      '非凡的2024年已经过去。围绕党委的中心工作，建设区域性中心城市。',
      '景区评为AA级，Maxx公司，Windows XP，taxi。',
      '2020～2021年度，第3次会议。',
      '要充分熟悉人大工作的特点。',
    ];
    for (const text of ordinary) expect(kinds(text), text).toEqual([]);
  });

  it('names the file and the entry of a bad data file', () => {
    expect(() => parseAltered('masked: [\'(\']', 'x.yaml')).toThrow(/^x\.yaml: masked\.0: "\("：不是有效的正则表达式/);
    expect(() => parseAltered('spin: [{ spun: 非凡是 }]', 'x.yaml')).toThrow('x.yaml: spin.0.meant: 缺少此项（必填，文本）');
    expect(() => parseAltered('colour: red', 'x.yaml')).toThrow('x.yaml: （文档）: 不认识的字段：colour');
  });
});

describe('altered texts among the seeds', () => {
  const context = projectContext();
  const documents = seedNames.flatMap((name) =>
    ingestText(seed(name.slice(0, 3)), noise).map((article) => ({ id: articleId(name, article.ordinal), ...classifyArticle(article, context).data })),
  );
  const reworded = documents.filter((d) => d.altered?.some((a) => a.kind !== 'placeholder'));

  it('flags 001-…-04 with all four signs of a template site', () => {
    const doc = documents.find((d) => d.id.startsWith('001-') && d.id.endsWith('-04'))!;
    expect(doc.altered!.map((a) => a.kind)).toEqual(['masked', 'initials', 'masked-place', 'spin']);
  });

  it('flags as reworded only texts that really hold masked words or the like', () => {
    for (const d of reworded) {
      const signs = d.altered!.filter((a) => a.kind !== 'placeholder');
      for (const a of signs) for (const example of a.examples) expect(example).toMatch(/\*\*|[a-z]{2,3}|非凡是|中心|熟悉/);
    }
    expect(reworded.length).toBeLessThanOrEqual(3);
  });

  it('drops the empty <> subtitle of 000-…-03 and flags its ～年 placeholders', () => {
    const doc = documents.find((d) => d.id.startsWith('000-') && d.id.endsWith('-03'))!;
    expect(doc.subtitle).toBeUndefined();
    expect(doc.altered).toEqual([{ kind: 'placeholder', count: 6, examples: expect.arrayContaining([expect.stringContaining('～年')]) }]);
  });
});

describe('findAlterations on ordinary uses of the spun words', () => {
  it('does not take 中心 of a service centre, 统一到中心工作 or AA制 for spin or masking', () => {
    const text = '县融媒体中心转发了通知，政务服务中心领导班子到会。要把思想统一到中心工作上来，围绕中心工作。聚餐实行aa制。';
    expect(findAlterations([text, text], [], rules)).toEqual([]);
  });
});
