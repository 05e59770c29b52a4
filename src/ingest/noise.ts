/**
 * Noise patterns (content/noise.yaml): watermarks, boilerplate, page numbers, title suffixes and
 * outline markers, as data an editor can extend. See the file's header comment for its shape.
 */
import { readFile } from 'node:fs/promises';
import { parseDataFile } from '../schemas/data-file.ts';
import { noiseFileSchema } from '../schemas/noise.ts';
import type { AuditRules } from './removal-audit.ts';
import type { RemovalKind } from './types.ts';

/** A compiled pattern and the removal kind its matches are recorded under. */
export interface NoiseRule {
  kind: RemovalKind;
  pattern: RegExp;
}

/** The compiled noise patterns every cleaning transform receives. */
export interface NoisePatterns {
  /** Whole-line patterns, anchored: a line is removed when its trimmed text matches. */
  lines: NoiseRule[];
  /** Inline patterns, global: every match is cut out of the line. */
  inline: NoiseRule[];
  /** Junk title suffixes, anchored at the end of the title. */
  titleSuffixes: RegExp[];
  /** Outline blocks: start and end lines, and labels (目录) that alone at the top are page chrome. */
  outline: { start: RegExp[]; end: RegExp[]; label: RegExp[] };
  /** Page chrome: breadcrumbs (the site header ends there) and labels of "more articles" lists. */
  chrome: { breadcrumb: RegExp[]; lists: RegExp[] };
  /** What the removal audit accepts as site text in a removed sentence (see removal-audit.ts). */
  audit: AuditRules;
}

/** The default noise file, relative to the project root. */
export const NOISE_FILE = 'content/noise.yaml';

/** Parses (src/schemas/noise.ts) and compiles the noise file's text; an error lists every problem with its place. */
export function parseNoise(source: string, file = NOISE_FILE): NoisePatterns {
  const data = parseDataFile(noiseFileSchema, source, file);
  const compile = (source: string, wrap: (s: string) => string, flags: string): RegExp => new RegExp(wrap(source), flags);
  const rules = (group: 'lines' | 'inline', wrap: (s: string) => string, flags: string): NoiseRule[] =>
    Object.entries(data[group]).flatMap(([kind, list]) =>
      list.map((source) => ({ kind: kind as RemovalKind, pattern: compile(source, wrap, flags) })),
    );
  const anchored = (s: string) => `^(?:${s})$`;
  return {
    lines: rules('lines', anchored, 'iu'),
    inline: rules('inline', (s) => s, 'giu'),
    titleSuffixes: data.titleSuffixes.map((s) => compile(s, (x) => `(?:${x})$`, 'iu')),
    outline: {
      start: data.outline.start.map((s) => compile(s, anchored, 'iu')),
      end: data.outline.end.map((s) => compile(s, anchored, 'iu')),
      label: data.outline.label.map((s) => compile(s, anchored, 'iu')),
    },
    chrome: {
      breadcrumb: data.chrome.breadcrumb.map((s) => compile(s, anchored, 'iu')),
      lists: data.chrome.lists.map((s) => compile(s, anchored, 'iu')),
    },
    audit: {
      words: data.audit.words.map((s) => compile(s, (x) => x, 'iu')),
      minProse: data.audit.minProse,
    },
  };
}

/** Reads and compiles a noise file (default content/noise.yaml). */
export async function loadNoise(file = NOISE_FILE): Promise<NoisePatterns> {
  return parseNoise(await readFile(file, 'utf8'), file);
}
