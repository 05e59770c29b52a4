/**
 * Texts altered by template sites: masked words (******), leaders' names as pinyin initials (hjt),
 * places masked as `aa`, systematic synonym spin (非凡是 for 特别是), and template placeholders
 * left unfilled (XX镇, ～年, 5xxxx篇, an empty `<>` subtitle). The signs are data
 * (content/altered.yaml); this module finds them and says how often, with a few examples. The
 * text itself is never changed: only an editor with the original can restore it.
 */
import { parseDataFile } from '../../schemas/data-file.ts';
import { alteredSchema } from '../../schemas/altered.ts';
import type { Alteration, AlterationKind } from '../../schemas/document.ts';
import type { Removal } from '../types.ts';

/** The compiled signs of content/altered.yaml. */
export interface AlteredRules {
  patterns: { kind: Exclude<AlterationKind, 'spin'>; pattern: RegExp }[];
  spin: { pattern: RegExp; meant: string }[];
  /** Fewest spin matches that flag a text. */
  spinMinimum: number;
}

/** No signs at all. */
export const NO_ALTERED_RULES: AlteredRules = { patterns: [], spin: [], spinMinimum: 1 };

/** The default data file, relative to the project root. */
export const ALTERED_FILE = 'content/altered.yaml';

/** Parses content/altered.yaml (src/schemas/altered.ts); an error lists every problem with its place. */
export function parseAltered(source: string, file = ALTERED_FILE): AlteredRules {
  const data = parseDataFile(alteredSchema, source, file);
  const compile = (source: string): RegExp => new RegExp(source, 'gu');
  const { spin, spinMinimum, ...rest } = data;
  return {
    patterns: (['masked', 'initials', 'masked-place', 'placeholder'] as const).flatMap((kind) =>
      rest[kind].map((source) => ({ kind, pattern: compile(source) })),
    ),
    spin: spin.map(({ spun, meant }) => ({ pattern: compile(spun), meant })),
    spinMinimum,
  };
}

/** Most examples kept per kind. */
const MAX_EXAMPLES = 3;
/** Characters of context shown on either side of a masked word or placeholder. */
const CONTEXT = 3;
/** Order of the kinds in a document's list: the alterations, then placeholders. */
const ORDER: readonly AlterationKind[] = ['masked', 'initials', 'masked-place', 'spin', 'placeholder'];

/** `match` with a little of the text around it, on one line. */
function inContext(text: string, index: number, length: number): string {
  const before = [...text.slice(0, index)].slice(-CONTEXT).join('');
  const after = [...text.slice(index + length)].slice(0, CONTEXT).join('');
  return `${before}${text.slice(index, index + length)}${after}`.replace(/\s+/gu, ' ').trim();
}

/** Spin matches of `text` as examples (非凡是（疑为“特别是”）), in text order; overlapping ones count once. */
function spinMatches(text: string, spin: AlteredRules['spin']): string[] {
  const matches = spin
    .flatMap(({ pattern, meant }) => [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, example: `${m[0]}（疑为“${meant}”）` })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let end = -1;
  return matches.filter((m) => (m.start >= end ? ((end = m.end), true) : false)).map((m) => m.example);
}

/**
 * The alterations of a text (title, subtitle, byline and body, as `texts`) and of what was removed
 * from it (an empty `<>` subtitle is recorded as a placeholder removal); empty when there are none.
 */
export function findAlterations(texts: readonly string[], removed: readonly Removal[], rules: AlteredRules): Alteration[] {
  const found = new Map<AlterationKind, { count: number; examples: Set<string> }>();
  const add = (kind: AlterationKind, example: string) => {
    const entry = found.get(kind) ?? { count: 0, examples: new Set<string>() };
    entry.count += 1;
    if (entry.examples.size < MAX_EXAMPLES) entry.examples.add(example);
    found.set(kind, entry);
  };
  for (const text of texts) {
    for (const { kind, pattern } of rules.patterns) {
      for (const m of text.matchAll(pattern)) if (m[0]) add(kind, inContext(text, m.index, m[0].length));
    }
  }
  const spin = texts.flatMap((text) => spinMatches(text, rules.spin));
  if (spin.length >= rules.spinMinimum) for (const example of spin) add('spin', example);
  for (const r of removed) if (r.kind === 'placeholder') add('placeholder', r.text);
  return ORDER.filter((kind) => found.has(kind)).map((kind) => ({ kind, count: found.get(kind)!.count, examples: [...found.get(kind)!.examples] }));
}
