/**
 * The terminal summary of an ingest report, sized by the work rather than by the corpus: one line
 * of counts per kind of finding, then the first {@link SHOWN_PER_KIND} findings of each kind with
 * "…及另外 N 条" (all of them with `verbose`), and where the full report is. The kinds are the
 * list {@link FINDING_KINDS}: a new kind of finding is one more entry there.
 */
import type { IngestReport } from './report.ts';

/** Findings of one kind listed without `--verbose`. */
export const SHOWN_PER_KIND = 10;

/** A kind of finding in the report. */
export interface FindingKind {
  /** Its name in the summary, e.g. `年份存疑`. */
  label: string;
  /** `error` kinds (refused input, problems) go to stderr and make the run exit 1. */
  severity: 'note' | 'error';
  /** One line per finding, in report order. */
  lines(report: IngestReport): string[];
}

/** `id《title》` of a document of the report. */
function titled(report: IngestReport): (id: string) => string {
  const byId = new Map(report.documents.map((d) => [d.id, d]));
  return (id) => `${id}《${byId.get(id)?.title ?? ''}》`;
}

/** Every kind of finding, in the order they are printed. */
export const FINDING_KINDS: FindingKind[] = [
  {
    label: '重复',
    severity: 'note',
    lines: (r) => {
      const title = titled(r);
      return r.summary.duplicates.map(([dup, canon]) => `${title(dup)} → 保留 ${canon}`);
    },
  },
  {
    label: '非人大工作（相关资料）',
    severity: 'note',
    lines: (r) => r.summary.offTopic.map(titled(r)),
  },
  {
    label: '年份存疑',
    severity: 'note',
    lines: (r) => {
      const title = titled(r);
      const conflict = new Map(r.documents.map((d) => [d.id, d.yearConflict]));
      return r.summary.yearConflicts.map((id) => `${title(id)}：${conflict.get(id)}`);
    },
  },
  {
    label: '拒收',
    severity: 'error',
    lines: (r) => r.inputs.flatMap((i) => (i.error ? [i.error] : [])),
  },
  {
    label: '问题',
    severity: 'error',
    lines: (r) => r.problems,
  },
];

/** `lines`, or its first `limit` and a line counting the others. */
export function firstOf(lines: readonly string[], limit: number, indent = ''): string[] {
  if (lines.length <= limit) return lines.map((l) => indent + l);
  return [...lines.slice(0, limit).map((l) => indent + l), `${indent}…及另外 ${lines.length - limit} 条`];
}

export interface SummaryOptions {
  /** List every finding instead of the first {@link SHOWN_PER_KIND} of each kind. */
  verbose?: boolean;
  /** What was written, e.g. `写入 12 个、删除 0 个文档文件`. */
  written?: string;
  /** Files where everything is, e.g. `[['报告', 'content/ingest-report.json']]`. */
  outputs?: [label: string, path: string][];
}

/** The summary: `stdout` lines (counts, notes, where the report is) and `stderr` lines (errors, each `<label> <text>`). */
export function formatSummary(report: IngestReport, options: SummaryOptions = {}): { stdout: string[]; stderr: string[] } {
  const s = report.summary;
  const limit = options.verbose ? Infinity : SHOWN_PER_KIND;
  const kinds = FINDING_KINDS.map((kind) => ({ kind, lines: kind.lines(report) }));
  const stdout = [
    [`输入文件 ${s.inputs} 个，生成文档 ${s.documents} 篇，地点已解析 ${s.placesResolved} 篇`, options.written].filter(Boolean).join('；'),
    `发现：${kinds.map(({ kind, lines }) => `${kind.label} ${lines.length}`).join('，')}`,
  ];
  const stderr: string[] = [];
  for (const { kind, lines } of kinds) {
    if (!lines.length) continue;
    if (kind.severity === 'note') stdout.push(`${kind.label}：`, ...firstOf(lines, limit, '  '));
    else stderr.push(...firstOf(lines.map((l) => `${kind.label} ${l}`), limit));
  }
  const hidden = kinds.some(({ lines }) => lines.length > limit);
  const where = (options.outputs ?? []).map(([label, path]) => `${label}：${path}`).join('；');
  const more = hidden ? `（每类只列出前 ${SHOWN_PER_KIND} 条；加 --verbose 列出全部，报告中有全部）` : '';
  if (where || more) stdout.push(where + more);
  return { stdout, stderr };
}
