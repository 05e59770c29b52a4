/**
 * The ingest report: what each input became, what was removed and why, what was flagged
 * (duplicates, off-topic material, contradicting years) and every problem, as JSON for tools
 * (summary.ts prints its terminal summary).
 */
import type { AssembledDocument } from './assemble.ts';
import type { Removal } from './types.ts';

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
  notes: string[];
  removed: Removal[];
}

export interface IngestReport {
  summary: {
    inputs: number;
    refused: number;
    documents: number;
    duplicates: [string, string][];
    offTopic: string[];
    yearConflicts: string[];
    placesResolved: number;
    problems: number;
  };
  inputs: InputReport[];
  skipped: string[];
  documents: DocumentReport[];
  problems: string[];
}

/** Builds the report of a run. */
export function buildReport(inputs: InputReport[], skipped: string[], documents: AssembledDocument[], problems: string[]): IngestReport {
  const docs = documents.map(({ id, data, notes, removed }): DocumentReport => ({
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
    notes,
    removed,
  }));
  return {
    summary: {
      inputs: inputs.length,
      refused: inputs.filter((i) => i.error).length,
      documents: docs.length,
      duplicates: docs.filter((d) => d.duplicateOf).map((d) => [d.id, d.duplicateOf!]),
      offTopic: docs.filter((d) => !d.onTopic).map((d) => d.id),
      yearConflicts: docs.filter((d) => d.yearConflict).map((d) => d.id),
      placesResolved: docs.filter((d) => d.place).length,
      problems: problems.length,
    },
    inputs,
    skipped,
    documents: docs,
    problems,
  };
}
