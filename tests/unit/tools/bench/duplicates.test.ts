import { describe, expect, it } from 'vitest';
import { duplicateCorpus, duplicateReport, measureDuplicates } from '../../../../src/tools/bench/duplicates.ts';

const LINES = Array.from({ length: 400 }, (_, i) => `第${i}条：各级人大常委会要依法履职，加强对${i % 37}项工作的监督，听取和审议专项工作报告${i}次。`);

describe('the duplicate bench', () => {
  const corpus = duplicateCorpus(LINES, 100);

  it('plants one near-duplicate in twenty documents, the same for the same seed', () => {
    expect(corpus.docs).toHaveLength(100);
    expect([...corpus.planted.keys()]).toEqual(['d20', 'd40', 'd60', 'd80']);
    expect(duplicateCorpus(LINES, 100)).toEqual(corpus);
  });

  it('finds the planted duplicates and prints its figures with their units', () => {
    const figures = measureDuplicates(corpus);
    expect(figures).toMatchObject({ documents: 100, planted: 4, found: 4 });
    const lines = duplicateReport(figures);
    expect(lines[0]).toBe('documents            100');
    expect(lines[1]).toMatch(/^characters {11}\d+\.\d M \(mean \d+ per document\)$/);
    expect(lines[2]).toMatch(/^findDuplicates {7}\d+\.\d\d s$/);
    expect(lines[3]).toMatch(/^heap used {12}\d+ MB$/);
    expect(lines[4]).toBe('planted duplicates   4, found 4');
  });
});
