import { describe, expect, it } from 'vitest';
import { createClassifyContext, parseEras, parsePlaces, parseScope } from '../../../../src/ingest/classify/context.ts';
import { classifyArticle } from '../../../../src/ingest/classify/index.ts';
import { projectContext } from '../../helpers/context.ts';
import { article } from '../../helpers/seed-articles.ts';

describe('data file errors name the file, the entry and the reason', () => {
  it('eras.yaml', () => {
    expect(() => parseEras('- { pattern: "十七大(", from: 2007 }')).toThrow(/content\/eras\.yaml: rule #1 \(十七大\(\): invalid regular expression/u);
    expect(() => parseEras('- { pattern: 十七大 }')).toThrow('content/eras.yaml: rule #1: needs from or to');
    expect(() => parseEras('- { pattern: 十七大, from: 2012, to: 2007 }')).toThrow('rule #1: from is after to');
    expect(() => parseEras('- { pattern: 十七大, from: "2007年" }')).toThrow(/rule #1 from: expected a year/u);
    expect(() => parseEras('pattern: x')).toThrow('content/eras.yaml: top level: expected a list of rules');
  });

  it('places.yaml', () => {
    expect(() => parsePlaces('aliases: [{ name: 襄樊, code: 4206 }]')).toThrow(/alias 襄樊: code must be a quoted division code/u);
    expect(() => parsePlaces('aliases: [{ name: 滇, code: "53" }]')).toThrow('content/places.yaml: alias #1: name must have at least two characters');
    expect(() => parsePlaces('ignore: 长治')).toThrow('content/places.yaml: ignore: expected a list of strings');
  });

  it('YAML syntax errors', () => {
    expect(() => parseEras('- { pattern: [', 'eras.yaml')).toThrow(/^eras\.yaml: not valid YAML: /u);
    expect(() => parseScope('inside: [人大\n  outside', 'scope.yaml')).toThrow(/^scope\.yaml: not valid YAML: /u);
  });

  it('scope.yaml', () => {
    expect(() => parseScope('inside: [人大]\noutside: [政协]\nthreshold: 2')).toThrow('content/scope.yaml: threshold: expected a number in (0, 1]');
  });

  it('an alias to a code the gazetteer lacks', () => {
    expect(() =>
      createClassifyContext({
        topics: [{ slug: 'x', name: 'x', description: '', keywords: [] }],
        eras: [],
        places: { aliases: [{ name: '无名', code: '9999' }], ignore: [] },
        scope: { inside: ['人大'], outside: [], threshold: 0.5 },
        divisions: [],
      }),
    ).toThrow('places: alias 无名: no division with code 9999');
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
