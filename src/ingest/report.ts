/**
 * The ingest report: what each input became, what was removed and why, what was flagged
 * (duplicates, off-topic material, contradicting years) and every problem, as JSON for tools
 * (summary.ts prints its terminal summary).
 */
import type { AssembledDocument } from './assemble.ts';
import { REVIEW_PAGE_NAME } from './review-page.ts';
import type { Evidence } from './classify/index.ts';
import type { Alteration } from '../schemas/document.ts';
import type { RemovalInContext } from './removal-context.ts';
import type { Removal, TitleCandidate } from './types.ts';

export interface InputReport {
  file: string;
  encoding?: string;
  documents: string[];
  error?: string;
}

export interface DocumentReport {
  id: string;
  title: string;
  kind: string;
  level: string;
  year: number | null;
  yearConflict?: string;
  place?: string;
  topics: string[];
  onTopic: boolean;
  duplicateOf?: string;
  /** Signs of alteration by a template site and unfilled placeholders. */
  altered?: Alteration[];
  notes: string[];
  /** Removals, with the text around them on their source line when known. */
  removed: Array<Removal | RemovalInContext>;
  /** Why each inferred field has its value. */
  evidence: Evidence;
  titleCandidates: TitleCandidate[];
}

export interface IngestReport {
  summary: {
    inputs: number;
    refused: number;
    documents: number;
    duplicates: [string, string][];
    offTopic: string[];
    yearConflicts: string[];
    /** Documents whose wording a template site altered (masked words, initials, spin …). */
    altered: string[];
    /** Documents with unfilled template placeholders (XX, ～年, <> …). */
    placeholders: string[];
    placesResolved: number;
    problems: number;
    /** The review page's file name, in the folder of this report (src/ingest/review-page.ts). */
    reviewPage: string;
  };
  inputs: InputReport[];
  skipped: string[];
  documents: DocumentReport[];
  problems: string[];
}

/** Builds the report of a run. */
export function buildReport(inputs: InputReport[], skipped: string[], documents: AssembledDocument[], problems: string[]): IngestReport {
  const docs = documents.map(({ id, data, notes, removed, evidence, titleCandidates }): DocumentReport => ({
    id,
    title: data.title,
    kind: data.kind,
    level: data.level,
    year: data.year,
    ...(data.yearConflict ? { yearConflict: data.yearConflict } : {}),
    ...(data.place ? { place: [data.place.province, data.place.name].filter(Boolean).join(' ') } : {}),
    topics: data.topics,
    onTopic: data.onTopic,
    ...(data.duplicateOf ? { duplicateOf: data.duplicateOf } : {}),
    ...(data.altered ? { altered: data.altered } : {}),
    notes,
    removed,
    evidence,
    titleCandidates,
  }));
  return {
    summary: {
      inputs: inputs.length,
      refused: inputs.filter((i) => i.error).length,
      documents: docs.length,
      duplicates: docs.filter((d) => d.duplicateOf).map((d) => [d.id, d.duplicateOf!]),
      offTopic: docs.filter((d) => !d.onTopic).map((d) => d.id),
      yearConflicts: docs.filter((d) => d.yearConflict).map((d) => d.id),
      altered: docs.filter((d) => d.altered?.some((a) => a.kind !== 'placeholder')).map((d) => d.id),
      placeholders: docs.filter((d) => d.altered?.some((a) => a.kind === 'placeholder')).map((d) => d.id),
      placesResolved: docs.filter((d) => d.place).length,
      problems: problems.length,
      reviewPage: REVIEW_PAGE_NAME,
    },
    inputs,
    skipped,
    documents: docs,
    problems,
  };
}
