import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../../src/schemas/document.ts';
import { classifyArticle } from '../../../../src/ingest/classify/index.ts';
import { loadTopics } from '../../../../src/collections/taxonomy.ts';
import { projectContext } from '../../helpers/context.ts';
import { article, seedCorpus } from '../../helpers/seed-articles.ts';

const context = projectContext();
const results = new Map([...seedCorpus()].map(([id, a]) => [id, classifyArticle(a, context)]));
const data = (id: string) => results.get(id)!.data;
const slugs = loadTopics(new URL('../../../../content/topics.yaml', import.meta.url)).map((t) => t.slug) as [string, ...string[]];
const schema = documentSchema(slugs);
const source = { file: 'x.txt', lines: [1, 2] as [number, number], sha256: '0'.repeat(64) };

describe('classifyArticle over the 21 seed articles', () => {
  it('produces frontmatter the collection schema accepts for every article', () => {
    expect(results.size).toBe(21);
    for (const [id, r] of results) {
      const parsed = schema.safeParse({ ...r.data, source });
      expect(parsed.success, `${id}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('flags exactly the 工商联 report and the 政协提案 exchange as off-topic', () => {
    const off = [...results].filter(([, r]) => !r.data.onTopic).map(([id]) => id);
    expect(off).toEqual(['003-2', '004-3']);
    expect(results.get('004-3')!.notes.join()).toMatch(/非人大工作/u);
  });

  it('keeps the stated date and records the conflict where the text is older than its 2024 date', () => {
    expect(data('003-1')).toMatchObject({ year: 2024, date: '2024-09-08' });
    expect(data('003-1').yearConflict).toMatch(/^落款为2024年，但正文提及.*中央新疆工作座谈会.*应为2010–201\d年间$/u);
    expect(data('004-4')).toMatchObject({
      year: 2024,
      date: '2024-04',
      yearConflict: '落款为2024年，但正文提及“树立和落实科学发展观”“监督法”，应为2007年',
    });
    for (const id of ['001-1', '001-4', '001-5', '000-2']) {
      expect(data(id).yearConflict, id).toMatch(/^正文写有“2024年”/u);
    }
  });

  it('does not flag articles whose dates fit their text', () => {
    for (const id of ['004-3', '002-1', '001-2', '003-4']) expect(data(id).yearConflict, id).toBeUndefined();
  });

  it('reads years only from datelines, or from an era that pins one year', () => {
    expect(data('004-3')).toMatchObject({ year: 2010, date: '2010-11-08' });
    expect(data('004-4')).toMatchObject({ year: 2024, date: '2024-04' });
    expect(data('001-5')).toMatchObject({ year: 2006 });
    expect(data('001-5').date).toBeUndefined();
    expect(data('002-1').year).toBe(2022);
    expect(data('000-1')).toMatchObject({ year: null, era: { from: 2008, to: 2010 } });
  });

  it('resolves places to provinces where the text names a county or city', () => {
    expect(data('003-1').place).toEqual({ name: '疏勒县', province: '新疆维吾尔自治区', code: '653122' });
    expect(data('004-4').place).toEqual({ name: '陆良县', province: '云南省', code: '530322' });
    expect(data('000-1').place?.province).toBe('云南省');
    expect(data('003-3').place?.province).toBe('宁夏回族自治区');
  });

  it('tells speeches from exchange materials and reports', () => {
    const kinds = Object.fromEntries([...results].map(([id, r]) => [id, r.data.kind]));
    for (const id of ['000-1', '000-2', '000-3', '000-4', '000-5', '001-1', '001-5', '002-1', '004-1', '004-5']) {
      expect(kinds[id], id).toBe('speech');
    }
    expect([kinds['003-1'], kinds['004-3'], kinds['004-4']]).toEqual(['experience', 'experience', 'experience']);
    expect([kinds['003-3'], kinds['003-4'], kinds['003-5']]).toEqual(['report', 'report', 'report']);
  });

  it('gives the level of the speaking or reporting body', () => {
    const level = (id: string) => data(id).level;
    expect(['001-1', '004-5'].map(level)).toEqual(['prefecture', 'prefecture']);
    expect(['000-4', '002-1', '003-1', '004-4'].map(level)).toEqual(['county', 'county', 'county', 'county']);
    // County-level cities: a 市 under a 州 (州人大常委会一行亲临会议指导) and a 市 of 市镇两级人大.
    expect(['000-1', '001-5'].map(level)).toEqual(['county', 'county']);
    expect(results.get('001-5')!.notes.join()).toMatch(/市镇两级.*县级市/u);
    expect(['000-2', '003-3', '003-4'].map(level)).toEqual(['township', 'township', 'township']);
  });

  it('names speaker and organ only where title or byline state them', () => {
    expect(data('001-1').speaker).toBe('市委书记');
    expect(data('001-5').speaker).toBe('市委书记、市人大常委会主任');
    expect(data('003-1').organ).toBe('疏勒县人大常委会');
    expect(data('000-2').speaker).toBeUndefined();
  });

  it('puts the central topic first', () => {
    expect(data('004-1').topics[0]).toBe('publicity');
    expect(data('004-4').topics[0]).toBe('publicity');
    expect(data('001-1').topics[0]).toBe('party-leadership');
    expect(data('000-4').topics[0]).toBe('township');
    expect(data('004-3').topics[0]).toBe('cppcc-proposals');
  });

  it('summarizes from the text, not from greetings', () => {
    for (const [id, r] of results) {
      expect(r.data.summary.length, id).toBeLessThanOrEqual(120);
      expect(r.data.summary, id).not.toMatch(/^(?:同志们|各位)/u);
    }
    expect(data('000-4').summary).toBe('在全国各级人大广泛深入学习贯彻中央9号文件精神的形势下，我们组织召开了这次乡镇人大主席座谈会。');
  });

  it('gives evidence for every inferred field', () => {
    const r = results.get('003-1')!;
    expect(r.evidence).toMatchObject({
      kind: expect.stringContaining('疏勒县人大常委会'),
      level: '署名机关“疏勒县人大常委会”',
      date: '落款“2024年9月8日”',
      era: expect.stringContaining('“中央新疆工作座谈会”（2010–2013年间）'),
      place: '署名中的地名“疏勒县”1次',
      topics: expect.stringMatching(/^township \d+\.\d/u),
      onTopic: expect.stringMatching(/^人大工作用语\d+次/u),
    });
    expect(results.get('001-5')!.evidence.year).toBe('无落款日期，按正文提及的““十一五”规划的开局之年”推定');
  });

  it('leaves the title as the structure stage gave it', () => {
    expect(data('003-3').title).toBe('充分发挥代表作用(人大汇报材料)');
  });
});

describe('classifyArticle on constructed cases', () => {
  it('marks an article without any cues as other/unknown with notes, and still fills every field', () => {
    const r = classifyArticle(article('材料', ['这是一段没有任何线索的文字，用来检查默认值。']), context);
    expect(r.data).toMatchObject({ kind: 'other', level: 'unknown', year: null, onTopic: false });
    expect(r.data.topics).toHaveLength(1);
    expect(r.data.summary).toBe('这是一段没有任何线索的文字，用来检查默认值。');
    expect(r.notes.length).toBeGreaterThan(0);
  });

  it('places a county-level city organ at county level', () => {
    const r = classifyArticle(article('人大代表工作经验交流材料', ['近年来，我市人大常委会认真做好代表工作。'], { byline: '诸城市人大常委会' }), context);
    expect(r.data).toMatchObject({ level: 'county', place: { name: '诸城市', province: '山东省' } });
  });

  it('reads a dateline the structure stage left at the end of the body', () => {
    const r = classifyArticle(article('县人大常委会工作汇报', ['今年以来，我县人大常委会依法履职。', '二〇一一年三月五日']), context);
    expect(r.data).toMatchObject({ year: 2011, date: '2011-03-05', kind: 'report', level: 'county' });
  });
});
