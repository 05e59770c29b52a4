import { describe, expect, it } from 'vitest';
import type { DocumentReport, IngestReport } from '../../../src/ingest/report.ts';
import { FINDING_KINDS, formatSummary, SHOWN_PER_KIND, shownPerKind } from '../../../src/ingest/summary.ts';

const doc = (i: number, extra: Partial<DocumentReport> = {}): DocumentReport => ({
  id: `d-${String(i).padStart(3, '0')}`,
  title: `文档${i}`,
  kind: 'speech',
  level: 'county',
  year: 2020,
  topics: [],
  onTopic: true,
  notes: [],
  removed: [],
  evidence: {},
  titleCandidates: [],
  ...extra,
});

/**
 * A report of `n` documents, every third with a contradicting year, two off-topic, one with masked
 * words and a placeholder, `refused` files refused.
 */
function report(n: number, refused = 0): IngestReport {
  const documents = Array.from({ length: n }, (_, i) =>
    doc(i, {
      ...(i % 3 === 0 ? { yearConflict: `落款为2004年，但正文提及“党的二十大”` } : {}),
      ...(i === 1
        ? {
            altered: [
              { kind: 'masked' as const, count: 3, examples: ['**'] },
              { kind: 'placeholder' as const, count: 1, examples: ['XX县'] },
            ],
          }
        : {}),
      onTopic: i >= 2,
    }),
  );
  const inputs = [
    { file: 'a.txt', documents: documents.map((d) => d.id) },
    ...Array.from({ length: refused }, (_, i) => ({ file: `bad-${i}.txt`, documents: [], error: `bad-${i}.txt: 空文件（0 字节），没有可导入的内容` })),
  ];
  return {
    summary: {
      inputs: inputs.length,
      refused,
      documents: n,
      duplicates: [['d-001', 'd-000']],
      offTopic: documents.filter((d) => !d.onTopic).map((d) => d.id),
      yearConflicts: documents.filter((d) => d.yearConflict).map((d) => d.id),
      altered: ['d-001'],
      placeholders: ['d-001'],
      placesResolved: 0,
      problems: 0,
      reviewPage: 'ingest-review.html',
    },
    inputs,
    skipped: [],
    documents,
    problems: [],
  };
}

describe('the ingest summary', () => {
  it('stays the same length however many findings there are, counting every kind', () => {
    const small = formatSummary(report(300), { outputs: [['报告', 'content/ingest-report.json']] });
    const large = formatSummary(report(3000), { outputs: [['报告', 'content/ingest-report.json']] });
    expect(large.stdout.length).toBe(small.stdout.length);
    expect(large.stdout).toContain('发现：重复 1，非人大工作（相关资料） 2，年份存疑 1000，文字被改动 1，占位符未填 1，拒收 0，问题 0');
    expect(large.stdout).toContain('  d-001《文档1》：词语被星号屏蔽 3 处（“**”）');
    expect(large.stdout).toContain('  d-001《文档1》：模板占位符未填写 1 处（“XX县”）');
    expect(large.stdout).toContain('  d-000《文档0》：落款为2004年，但正文提及“党的二十大”');
    // Five kinds were found: three of each are listed.
    expect(large.stdout).toContain(`  …及另外 ${1000 - 3} 条`);
    expect(large.stdout).toContain('  d-001《文档1》 → 保留 d-000');
    expect(large.stdout).toContain('报告：content/ingest-report.json（每类只列出前几条；加 --verbose 列出全部，报告中有全部）');
    expect(large.stdout.filter((l) => l.includes('落款为2004年'))).toHaveLength(3);
    expect(large.stdout.length).toBeLessThan(30);
  });

  it('lists 10 of a kind found alone, fewer of each when more kinds are found', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(shownPerKind)).toEqual([10, 7, 5, 3, 3, 3, 3]);
  });

  it('lists every finding with verbose', () => {
    const { stdout } = formatSummary(report(3000), { verbose: true });
    expect(stdout.filter((l) => l.includes('落款为2004年'))).toHaveLength(1000);
    expect(stdout.join('\n')).not.toContain('…及另外');
  });

  it('puts refused files on stderr, one `拒收` line each, at most 10 without verbose', () => {
    expect(formatSummary(report(3, 2)).stderr).toEqual(['拒收 bad-0.txt: 空文件（0 字节），没有可导入的内容', '拒收 bad-1.txt: 空文件（0 字节），没有可导入的内容']);
    const many = formatSummary(report(3, 25)).stderr;
    expect(many).toHaveLength(SHOWN_PER_KIND + 1);
    expect(many.at(-1)).toBe(`…及另外 ${25 - SHOWN_PER_KIND} 条`);
  });

  it('lists no kind of finding twice', () => {
    expect(new Set(FINDING_KINDS.map((k) => k.label)).size).toBe(FINDING_KINDS.length);
  });
});
