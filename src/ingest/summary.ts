/**
 * The terminal summary of an ingest report, sized by the work rather than by the corpus: one line
 * of counts per kind of finding, then the first few findings of each kind with "…及另外 N 条"
 * (all of them with `verbose`), and where the full report and the review page are. The kinds are
 * the list {@link FINDING_KINDS}: a new kind of finding is one more entry there.
 */
import { ALTERATION_LABELS } from '../lib/labels.ts';
import type { AlterationKind } from '../schemas/document.ts';
import type { IngestReport } from './report.ts';

/** Most findings of one kind listed without `--verbose` (and all refusals and problems up to this many). */
export const SHOWN_PER_KIND = 10;
/** Flagged documents listed in all without `--verbose`, shared by the kinds found… */
export const SHOWN_FLAGGED = 15;
/** …but at least this many of each. */
export const SHOWN_PER_KIND_AT_LEAST = 3;

/**
 * How many flagged documents of each kind to list when `kinds` kinds were found: 10 of one kind,
 * fewer when several were (15 shared, at least 3 each), so the summary stays a screenful.
 */
export const shownPerKind = (kinds: number): number =>
  Math.max(SHOWN_PER_KIND_AT_LEAST, Math.min(SHOWN_PER_KIND, Math.floor(SHOWN_FLAGGED / Math.max(1, kinds))));

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

/** `id《title》：词语被星号屏蔽 3 处（“…”）` for each of `ids`, naming its alterations of the kinds `which` accepts. */
function alterations(report: IngestReport, ids: readonly string[], which: (kind: AlterationKind) => boolean): string[] {
  const title = titled(report);
  const altered = new Map(report.documents.map((d) => [d.id, d.altered ?? []]));
  return ids.map((id) => {
    const signs = altered.get(id)!.filter((a) => which(a.kind));
    return `${title(id)}：${signs.map((a) => `${ALTERATION_LABELS[a.kind]} ${a.count} 处（${a.examples.map((e) => `“${e}”`).join('、')}）`).join('；')}`;
  });
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
    label: '文字被改动',
    severity: 'note',
    lines: (r) => alterations(r, r.summary.altered, (kind) => kind !== 'placeholder'),
  },
  {
    label: '占位符未填',
    severity: 'note',
    lines: (r) => alterations(r, r.summary.placeholders, (kind) => kind === 'placeholder'),
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
  const kinds = FINDING_KINDS.map((kind) => ({ kind, lines: kind.lines(report) }));
  const flagged = kinds.filter(({ kind, lines }) => kind.severity === 'note' && lines.length).length;
  const limit = (kind: FindingKind) => (options.verbose ? Infinity : kind.severity === 'note' ? shownPerKind(flagged) : SHOWN_PER_KIND);
  const stdout = [
    [`输入文件 ${s.inputs} 个，生成文档 ${s.documents} 篇，地点已解析 ${s.placesResolved} 篇`, options.written].filter(Boolean).join('；'),
    `发现：${kinds.map(({ kind, lines }) => `${kind.label} ${lines.length}`).join('，')}`,
  ];
  const stderr: string[] = [];
  for (const { kind, lines } of kinds) {
    if (!lines.length) continue;
    if (kind.severity === 'note') stdout.push(`${kind.label}：`, ...firstOf(lines, limit(kind), '  '));
    else stderr.push(...firstOf(lines.map((l) => `${kind.label} ${l}`), limit(kind)));
  }
  const hidden = kinds.some(({ kind, lines }) => lines.length > limit(kind));
  const where = (options.outputs ?? []).map(([label, path]) => `${label}：${path}`).join('；');
  const more = hidden ? '（每类只列出前几条；加 --verbose 列出全部，报告中有全部）' : '';
  if (where || more) stdout.push(where + more);
  return { stdout, stderr };
}
