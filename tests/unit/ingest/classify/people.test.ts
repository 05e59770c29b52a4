import { describe, expect, it } from 'vitest';
import { findSpeakerOrgan } from '../../../../src/ingest/classify/people.ts';

describe('findSpeakerOrgan', () => {
  it('reads the speaker before 在…上的讲话 in the title', () => {
    expect(findSpeakerOrgan({ title: '市委书记在全市人大工作会议上的讲话' })).toEqual({ speaker: '市委书记' });
    expect(findSpeakerOrgan({ title: '市委书记、市人大常委会主任在全市人大工作会议上的讲话' }).speaker).toBe('市委书记、市人大常委会主任');
    expect(findSpeakerOrgan({ title: '市委书记市委人大工作会议上的讲话' }).speaker).toBe('市委书记');
  });

  it('reads a speaker from a dash subtitle, but not a placeholder', () => {
    expect(findSpeakerOrgan({ title: '开创人大工作新局面', subtitle: '——王明同志在全市人大工作会议上的讲话' }).speaker).toBe('王明');
    expect(findSpeakerOrgan({ title: '开创人大工作新局面', subtitle: '——xxx同志在全市人大工作会议上的讲话' })).toEqual({});
  });

  it('reads a speaker from a byline phrased like a subtitle', () => {
    expect(findSpeakerOrgan({ title: '开创人大工作新局面', byline: '——王明同志在全市人大工作会议上的讲话' })).toEqual({ speaker: '王明' });
    expect(findSpeakerOrgan({ title: '开创人大工作新局面', byline: '——xxx同志在全市人大工作会议上的讲话' })).toEqual({});
  });

  it('takes an organ byline as organ and drops a date glued to it', () => {
    expect(findSpeakerOrgan({ title: '抓住机遇 开拓创新', byline: '疏勒县人大常委会' })).toEqual({ organ: '疏勒县人大常委会' });
    expect(findSpeakerOrgan({ title: '夯实基础建机制', byline: '陆良县人大常委会 2024年4月' })).toEqual({ organ: '陆良县人大常委会' });
  });

  it('takes a personal byline as speaker', () => {
    expect(findSpeakerOrgan({ title: '做好代表工作', byline: '县人大常委会主任 李强' })).toEqual({ speaker: '县人大常委会主任 李强' });
  });

  it('finds nothing in a title that names neither', () => {
    expect(findSpeakerOrgan({ title: '在乡镇人大闭幕会上的讲话' })).toEqual({});
  });
});
