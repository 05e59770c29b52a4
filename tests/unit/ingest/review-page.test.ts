import { describe, expect, it } from 'vitest';
import type { IngestReport } from '../../../src/ingest/report.ts';
import { reviewPageHtml } from '../../../src/ingest/review-page.ts';

const hostile = '<script>alert(1)</script>"\'&{x}';

/** A report of one document whose every text is markup. */
const report: IngestReport = {
  summary: { inputs: 1, refused: 0, documents: 1, duplicates: [], offTopic: [], yearConflicts: ['x-01'], altered: ['x-01'], placeholders: [], placesResolved: 0, problems: 1, reviewPage: 'ingest-review.html' },
  inputs: [{ file: 'x.txt', documents: ['x-01'] }],
  skipped: [],
  documents: [
    {
      id: 'x-01',
      title: `标题${hostile}`,
      kind: 'speech',
      level: 'county',
      year: 2010,
      yearConflict: `矛盾${hostile}`,
      topics: ['township'],
      onTopic: true,
      altered: [{ kind: 'masked', count: 1, examples: [`发展**${hostile}`] }],
      notes: [`说明${hostile}`],
      removed: [
        { kind: 'watermark', line: 7, text: `水印${hostile}`, before: `前文${hostile}`, after: '后文' },
        { kind: 'invisible', line: 8, text: '\u200b' },
      ],
      evidence: { year: `落款${hostile}` },
      titleCandidates: [{ text: `候选${hostile}`, source: '首行', chosen: true }],
    },
  ],
  problems: [`问题${hostile}`],
};

describe('reviewPageHtml', () => {
  const html = reviewPageHtml(report, 'content/overrides.yaml');

  it('escapes every text it shows: no markup from the report reaches the page', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain(hostile);
    expect(html.match(/&#60;script&#62;alert\(1\)&#60;\/script&#62;&#34;&#39;&#38;\{x\}/g)!.length).toBeGreaterThanOrEqual(9);
  });

  it('strikes each removal through in its line, names its kind, and shows invisible characters by code point', () => {
    expect(html).toContain('<tr data-kind="watermark"><td class="num">7</td>');
    expect(html).toMatch(/前文[^<]*<del title="水印、广告">水印&#60;script/);
    expect(html).toContain('<del title="不可见字符">⟨U+200B⟩</del>');
  });

  it('shows flags, title candidates, year evidence and how to correct a value in overrides.yaml', () => {
    for (const part of ['年份存疑', '词语被星号屏蔽', '标题候选', '年份依据', '落款', 'content/overrides.yaml', 'x-01:\n  title:']) {
      expect(html).toContain(part);
    }
  });
});
