import { describe, expect, it } from 'vitest';
import { emptyDuplicateMemo, findDuplicates, nearDuplicate, normalizeForShingles, shingleSet } from '../../../../src/ingest/classify/duplicates.ts';
import { articleText } from '../../../../src/ingest/classify/article-text.ts';
import { seedCorpus } from '../../helpers/seed-articles.ts';

const corpus = [...seedCorpus()].map(([key, a]) => ({ key, text: articleText(a).all }));

describe('findDuplicates on the seed corpus', () => {
  it('finds exactly the 人大机关宣传工作会议讲话 pair and keeps the fuller second copy canonical', () => {
    expect([...findDuplicates(corpus)]).toEqual([['004-1', '004-2']]);
    const length = (key: string) => corpus.find((d) => d.key === key)!.text.length;
    expect(length('004-2')).toBeGreaterThan(length('004-1'));
  });

  it('keeps the fuller copy canonical whatever the input order', () => {
    expect([...findDuplicates([...corpus].reverse())]).toEqual([['004-1', '004-2']]);
  });

  it('does not pair different speeches with the same title (001 articles 2 and 3)', () => {
    const pair = corpus.filter((d) => d.key === '001-2' || d.key === '001-3');
    expect(findDuplicates(pair).size).toBe(0);
  });
});

describe('findDuplicates on constructed cases', () => {
  const base = corpus.find((d) => d.key === '000-4')!.text;

  it('ignores punctuation and line-break differences', () => {
    const reflowed = base.replace(/[，。]/gu, ' ').replace(/\n/gu, '');
    expect(findDuplicates([{ key: 'a', text: base }, { key: 'b', text: reflowed }]).size).toBe(1);
  });

  it('maps a whole group to its fullest member', () => {
    const cut = base.slice(0, Math.floor(base.length * 0.9));
    const longer = `${base}\n同志们，让我们在党委的坚强领导下，扎实工作，开拓进取，努力开创乡镇人大工作新局面。`;
    const result = findDuplicates([
      { key: 'cut', text: cut },
      { key: 'base', text: base },
      { key: 'longer', text: longer },
    ]);
    expect(Object.fromEntries(result)).toEqual({ cut: 'longer', base: 'longer' });
  });

  it('treats an excerpt of most of a document as a duplicate, a short quotation as not', () => {
    const excerpt = base.slice(0, Math.floor(base.length * 0.6));
    const quotation = base.slice(0, 200);
    expect(nearDuplicate(shingleSet(normalizeForShingles(excerpt)), shingleSet(normalizeForShingles(base)))).toBe(true);
    expect(findDuplicates([{ key: 'q', text: quotation }, { key: 'b', text: base }]).size).toBe(0);
  });

  it('groups a mass-copied template (more copies than a bucket pairs exhaustively) under one canonical copy', () => {
    const copies = Array.from({ length: 120 }, (_, i) => ({ key: `c${i}`, text: `${base}\n第${i}号` }));
    copies.push({ key: 'full', text: `${base}\n附：会议议程及参会人员名单` });
    const result = findDuplicates(copies);
    expect(result.size).toBe(120);
    expect(new Set(result.values())).toEqual(new Set(['full']));
  });

  it('handles empty and very short texts', () => {
    expect(findDuplicates([{ key: 'a', text: '' }, { key: 'b', text: '' }, { key: 'c', text: '人大' }]).size).toBe(0);
  });
});

describe('findDuplicates with the memo of an earlier run', () => {
  const base = corpus.find((d) => d.key === '000-4')!.text;
  const docs = [...corpus, { key: 'copy', text: base.replace(/。/gu, '；') }];

  it('finds what a run without memo finds, after texts were edited, added and removed', () => {
    const memo = emptyDuplicateMemo();
    expect(findDuplicates(docs, memo)).toEqual(findDuplicates(docs));
    // The copy is edited away from its original, another document becomes a copy, one is removed.
    const next = [
      ...docs.slice(1, -1),
      { key: 'copy', text: '完全不同的一篇材料。'.repeat(40) },
      { key: 'new-copy', text: corpus[3]!.text + '\n补充一句。' },
    ];
    const expected = findDuplicates(next);
    expect(expected.get('new-copy') ?? expected.get(corpus[3]!.key)).toBeDefined();
    expect(findDuplicates(next, memo)).toEqual(expected);
  });

  it('keeps only the texts and pairs of the last run', () => {
    const memo = emptyDuplicateMemo();
    findDuplicates(docs, memo);
    expect(memo.features.size).toBe(new Set(docs.map((d) => d.text)).size);
    expect(memo.verdicts.size).toBeGreaterThan(0);
    findDuplicates(docs.slice(0, 2), memo);
    expect(memo.features.size).toBe(2);
  });
});
