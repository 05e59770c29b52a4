import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../../../src/ingest/classify/kind.ts';

const kind = (head: string, rest: { byline?: string; salutation?: string; body?: string } = {}) =>
  classifyKind({ head, body: '', ...rest }).kind;

describe('classifyKind', () => {
  it('reads the genre from the seed titles first', () => {
    expect(kind('在全市乡镇人大经验交流会上的讲话')).toBe('speech');
    expect(kind('县委人大政协工作会议经验交流材料')).toBe('experience');
    expect(kind('2024全市人大宣传工作会议材料')).toBe('experience');
    expect(kind('充分发挥代表作用(人大汇报材料)')).toBe('report');
    expect(kind('积极开展代表活动 充分发挥代表作用（乡镇人大总结）')).toBe('report');
    expect(kind('县人民政府工作报告')).toBe('report');
  });

  it('takes the genre word that ends the title, not one inside a meeting name', () => {
    expect(kind('在全县人大工作报告会上的讲话')).toBe('speech');
    expect(kind('在全市经验交流会上的交流发言材料')).toBe('experience');
    expect(kind('关于人大代表讲话精神学习情况的汇报')).toBe('report');
  });

  it('reads the subtitle when the title has no genre word', () => {
    expect(kind('以“三个代表”重要思想为指导\n——xxx同志在全市人大工作会议上的讲话')).toBe('speech');
  });

  it('prefers the title over a salutation (a report read out at a meeting stays a report)', () => {
    expect(kind('乡人大主席团工作报告', { salutation: '各位代表：' })).toBe('report');
  });

  it('without a genre word, a salutation makes a speech, or an exchange when an organ signs', () => {
    expect(kind('坚定信心 开拓进取', { salutation: '同志们：' })).toBe('speech');
    const experience = classifyKind({ head: '抓住机遇 开拓创新', byline: '疏勒县人大常委会', salutation: '各位领导、同志们：', body: '' });
    expect(experience.kind).toBe('experience');
    expect(experience.note).toMatch(/疏勒县人大常委会/u);
  });

  it('falls back to body cues: speech phrases, then first-person work accounts', () => {
    expect(kind('做好新时期人大工作', { body: '结合本次会议主题，我讲四点意见：' })).toBe('speech');
    expect(kind('围绕中心 依法履行 发挥乡镇人大作用', { body: '一年来，我镇人大始终把反映最广大人民的意愿放在首位。' })).toBe('report');
    expect(kind('努力履行职责，充分发挥工商联作用', { body: '目前，我县工商联紧紧围绕县委政府的中心工作。' })).toBe('report');
  });

  it('returns other, with a note, when nothing points anywhere', () => {
    expect(classifyKind({ head: '人民代表大会制度', body: '人民代表大会制度是我国的根本政治制度。' })).toMatchObject({
      kind: 'other',
      note: expect.stringMatching(/体裁/u),
    });
  });
});
