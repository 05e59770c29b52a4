import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEras } from '../../../../src/ingest/classify/context.ts';
import { estimateEra, formatRange, presentYears, yearConflict } from '../../../../src/ingest/classify/era.ts';

const rules = parseEras(readFileSync(new URL('../../../../content/eras.yaml', import.meta.url), 'utf8'));

describe('estimateEra', () => {
  it('dates seed 000 article 1 from 十七届三中全会以来 and 胡锦涛总书记 to 2008–2012', () => {
    const text = '党的十七届三中全会以来，各地认真贯彻落实。最近，胡锦涛总书记到我省昆明、楚雄等地考察。';
    const era = estimateEra(text, rules);
    expect(era).toMatchObject({ from: 2008, to: 2012 });
    expect(era?.basis).toEqual(['党的十七届三中全会以来', '胡锦涛总书记']);
  });

  it('pins single years: 十一五开局之年 → 2006, 党的二十大召开之年 → 2022, 十四五开局 → 2021', () => {
    expect(estimateEra('2024年是“十一五”规划的开局之年', rules)).toMatchObject({ from: 2006, to: 2006 });
    expect(estimateEra('今年是党的二十大召开之年', rules)).toMatchObject({ from: 2022, to: 2022 });
    expect(estimateEra('站在十四五开局的新起点', rules)).toMatchObject({ from: 2021, to: 2021 });
  });

  it('keeps only the lower bound of a phrase the text dates itself with a year that fits (a report on the year before)', () => {
    const body = '2006年是实施“十一五”规划的开局之年。一年来，常委会认真履职。';
    expect(estimateEra(body, rules)).toMatchObject({ from: 2006, to: null });
    expect(yearConflict(estimateEra(body, rules), 2007, body)).toBeUndefined();
  });

  it('gives open ranges for guiding thought and laws', () => {
    expect(estimateEra('学习贯彻习近平新时代中国特色社会主义思想', rules)).toMatchObject({ from: 2017, to: null });
    expect(estimateEra('认真贯彻实施《监督法》', rules)).toMatchObject({ from: 2007, to: null });
  });

  it('lets the latest lower bound win over an older leader (a text may look back, not ahead)', () => {
    const era = estimateEra('回顾胡锦涛总书记的讲话，深入贯彻党的十九届历次全会精神', rules);
    expect(era).toMatchObject({ from: 2018, to: null });
  });

  it('quotes 监督法 once when written both with and without book-title marks', () => {
    expect(estimateEra('贯彻《监督法》。监督法规定', rules)?.basis).toEqual(['《监督法》']);
  });

  it('quotes a phrase inside a longer, narrower one only once', () => {
    const era = estimateEra('树立和落实科学发展观，贯彻监督法', rules);
    expect(era).toMatchObject({ from: 2007, to: 2007, basis: ['树立和落实科学发展观', '监督法'] });
  });

  it('finds nothing in text without dated references', () => {
    expect(estimateEra('乡镇人民代表大会是我国最基层的地方国家权力机关。', rules)).toBeUndefined();
  });
});

describe('yearConflict', () => {
  const era = estimateEra('党的十七届三中全会以来，胡锦涛总书记指出', rules);

  it('shows both the dateline year and the references that contradict it', () => {
    expect(yearConflict(era, 2024, '')).toBe('落款为2024年，但正文提及“党的十七届三中全会以来”“胡锦涛总书记”，应为2008–2012年间');
  });

  it('accepts a dateline inside the era', () => {
    expect(yearConflict(era, 2010, '')).toBeUndefined();
  });

  it('without a dateline, flags a present-tense year later than the era allows', () => {
    const body = '2024年是“十一五”规划的开局之年。';
    expect(yearConflict(estimateEra(body, rules), undefined, body)).toBe(
      '正文写有“2024年”，但又提及““十一五”规划的开局之年”，应为2006年',
    );
  });

  it('does not flag targets (到2035年) or years before the era', () => {
    const body = '党的十九大以来，1982年宪法规定，到2035年基本实现。';
    expect(yearConflict(estimateEra(body, rules), undefined, body)).toBeUndefined();
    expect(presentYears('到2035年、至2020年、2024年以来')).toEqual([2024]);
  });
});

describe('formatRange', () => {
  it('writes ranges in Chinese', () => {
    expect([formatRange(2008, 2012), formatRange(2006, 2006), formatRange(2017, null), formatRange(null, 2012)]).toEqual([
      '2008–2012年间',
      '2006年',
      '2017年以后',
      '2012年以前',
    ]);
  });
});
