/**
 * Noise patterns (content/noise.yaml): watermarks, boilerplate, page numbers, title suffixes and
 * outline markers, as data an editor can extend. See the file's header comment for its shape.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { IngestError } from './errors.ts';
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

const patternList = z.array(z.string().min(1)).default([]);
const noiseFileSchema = z.object({
  lines: z
    .object({ watermark: patternList, boilerplate: patternList, 'page-number': patternList })
    .strict()
    .default({ watermark: [], boilerplate: [], 'page-number': [] }),
  inline: z
    .object({ 'page-number': patternList, watermark: patternList, boilerplate: patternList })
    .strict()
    .default({ 'page-number': [], watermark: [], boilerplate: [] }),
  titleSuffixes: patternList,
  outline: z.object({ start: patternList, end: patternList, label: patternList }).strict().default({ start: [], end: [], label: [] }),
  chrome: z.object({ breadcrumb: patternList, lists: patternList }).strict().default({ breadcrumb: [], lists: [] }),
  audit: z.object({ words: patternList, minProse: z.number().int().positive().default(12) }).strict().default({ words: [], minProse: 12 }),
});

/** The default noise file, relative to the project root. */
export const NOISE_FILE = 'content/noise.yaml';

/** Parses and compiles the noise file's text; throws IngestError naming `file` and the bad entry. */
export function parseNoise(source: string, file = NOISE_FILE): NoisePatterns {
  let data: unknown;
  try {
    data = parse(source) ?? {};
  } catch (error) {
    throw new IngestError(file, {}, `not valid YAML: ${(error as Error).message}`);
  }
  const parsed = noiseFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new IngestError(file, {}, `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  const compile = (path: string, source: string, wrap: (s: string) => string, flags: string): RegExp => {
    try {
      return new RegExp(wrap(source), flags);
    } catch (error) {
      throw new IngestError(file, {}, `${path}: '${source}' is not a valid regular expression (${(error as Error).message})`);
    }
  };
  const rules = (group: 'lines' | 'inline', wrap: (s: string) => string, flags: string): NoiseRule[] =>
    Object.entries(parsed.data[group]).flatMap(([kind, list]) =>
      list.map((source, i) => ({ kind: kind as RemovalKind, pattern: compile(`${group}.${kind}[${i}]`, source, wrap, flags) })),
    );
  const anchored = (s: string) => `^(?:${s})$`;
  return {
    lines: rules('lines', anchored, 'iu'),
    inline: rules('inline', (s) => s, 'giu'),
    titleSuffixes: parsed.data.titleSuffixes.map((s, i) => compile(`titleSuffixes[${i}]`, s, (x) => `(?:${x})$`, 'iu')),
    outline: {
      start: parsed.data.outline.start.map((s, i) => compile(`outline.start[${i}]`, s, anchored, 'iu')),
      end: parsed.data.outline.end.map((s, i) => compile(`outline.end[${i}]`, s, anchored, 'iu')),
      label: parsed.data.outline.label.map((s, i) => compile(`outline.label[${i}]`, s, anchored, 'iu')),
    },
    chrome: {
      breadcrumb: parsed.data.chrome.breadcrumb.map((s, i) => compile(`chrome.breadcrumb[${i}]`, s, anchored, 'iu')),
      lists: parsed.data.chrome.lists.map((s, i) => compile(`chrome.lists[${i}]`, s, anchored, 'iu')),
    },
    audit: {
      words: parsed.data.audit.words.map((s, i) => compile(`audit.words[${i}]`, s, (x) => x, 'iu')),
      minProse: parsed.data.audit.minProse,
    },
  };
}

/** Reads and compiles a noise file (default content/noise.yaml). */
export async function loadNoise(file = NOISE_FILE): Promise<NoisePatterns> {
  return parseNoise(await readFile(file, 'utf8'), file);
}
