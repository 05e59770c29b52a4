import { describe, expect, it } from 'vitest';
import { articleId, fileStem } from '../../../src/ingest/ids.ts';

describe('articleId', () => {
  it('keeps ASCII file names readable', () => {
    expect(articleId('000_d5488321af5301b8.txt', 2)).toBe('000-d5488321af5301b8-02');
    expect(articleId('sub/Speech_2010.docx', 1)).toBe('sub-speech-2010-01');
  });

  it('gives Chinese, spaced or shell-hostile names an ASCII id that differs per file', () => {
    const names = ['人大讲话汇编.txt', '人大讲话汇编（二）.txt', 'a b;rm -rf.txt', '../x.txt', 'x.txt', 'a/x.txt'];
    const ids = names.map((n) => articleId(n, 1));
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(new Set(ids).size).toBe(names.length);
  });

  it('is the same on every run', () => {
    expect(articleId('人大讲话汇编.txt', 3)).toBe(articleId('人大讲话汇编.txt', 3));
  });
});
