import { describe, expect, it } from 'vitest';
import { classifyLevel } from '../../../../src/ingest/classify/level.ts';

const level = (head: string, body = '', organ?: string) => classifyLevel({ head, body, organ }).level;

describe('classifyLevel', () => {
  it('takes the area of a meeting in the title, not its subject', () => {
    expect(level('在全市乡镇人大经验交流会上的讲话')).toBe('prefecture');
    expect(level('在全县乡镇人大主席座谈会上的讲话')).toBe('county');
    expect(level('在全省人大工作会议上的讲话')).toBe('province');
  });

  it('takes the speaker role in the title', () => {
    expect(level('市委书记在市委人大工作会议上的讲话')).toBe('prefecture');
    expect(level('市委书记市委人大工作会议上的讲话')).toBe('prefecture');
    expect(level('县委书记在乡镇人大主席团工作会上的讲话')).toBe('county');
  });

  it('gives a township congress session or township report to the township', () => {
    expect(level('在乡镇人大闭幕会上的讲话')).toBe('township');
    expect(level('积极开展代表活动 充分发挥代表作用（乡镇人大总结）')).toBe('township');
  });

  it('lets the signing organ decide over the meeting it was written for, and says so', () => {
    const r = classifyLevel({ head: '2024全市人大宣传工作会议材料', body: '', organ: '陆良县人大常委会' });
    expect(r.level).toBe('county');
    expect(r.notes.join()).toMatch(/陆良县人大常委会/u);
    expect(level('汇报', '', '乡人大主席团')).toBe('township');
  });

  it('counts an organ of a county-level city as county when the gazetteer says so', () => {
    const r = classifyLevel({ head: '在全市人大工作会议上的讲话', body: '', organ: '诸城市人大常委会', organPlace: 'county' });
    expect(r.level).toBe('county');
    expect(r.notes.join()).toMatch(/诸城市人大常委会/u);
    expect(classifyLevel({ head: '汇报', body: '', organ: '诸城市某镇人大主席团', organPlace: 'county' }).level).toBe('township');
    expect(classifyLevel({ head: '汇报', body: '', organ: '潍坊市人大常委会', organPlace: 'prefecture' }).level).toBe('prefecture');
  });

  it('falls back to how the body refers to its own area, and explains it', () => {
    const r = classifyLevel({ head: '在乡镇人大主席团工作会上的讲话', body: '我区乡镇人大主席团主席、副主席……让我们在区委的领导下。我区人大工作' });
    expect(r.level).toBe('county');
    expect(r.notes.join()).toMatch(/我区/u);
    expect(level('围绕中心 依法履行', '我镇现有人大代表，我镇人大依法履行职责，全市')).toBe('township');
  });

  it('stays unknown when nothing tells, or the body is split evenly', () => {
    expect(level('人民代表大会制度', '人民代表大会制度是根本政治制度。')).toBe('unknown');
    expect(level('座谈会讲话', '我县和我市')).toBe('unknown');
  });
});
