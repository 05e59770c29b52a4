/**
 * The duplicate-detection benchmark: findDuplicates over a synthetic corpus of N documents built
 * from the seed compilations' lines, with one in twenty a near-duplicate of an earlier one (a
 * paragraph dropped, a sentence added); its time, memory and how many planted duplicates it found.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findDuplicates } from '../../ingest/classify/duplicates.ts';
import { seededRandom } from '../seeded-random.ts';

/** A corpus for the benchmark: the documents, and each planted copy's original. */
export interface DuplicateCorpus {
  docs: { key: string; text: string }[];
  planted: Map<string, string>;
}

/** What one run measured. */
export interface DuplicateFigures {
  documents: number;
  characters: number;
  ms: number;
  heapUsed: number;
  planted: number;
  found: number;
  reported: number;
}

/**
 * `n` documents of 6–14 random lines of `lines` (documents share phrases and lines, like real
 * ones); every twentieth a near-duplicate of an earlier one. The same seed gives the same corpus.
 */
export function duplicateCorpus(lines: readonly string[], n: number, seed = 42): DuplicateCorpus {
  const { next: random, pick } = seededRandom(seed);
  const docs: DuplicateCorpus['docs'] = [];
  const planted = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % 20 === 0) {
      const original = docs[Math.floor(random() * docs.length)]!;
      const paragraphs = original.text.split('\n');
      paragraphs.splice(Math.floor(random() * paragraphs.length), 1);
      docs.push({ key: `d${i}`, text: [...paragraphs, '同志们，让我们共同努力。'].join('\n') });
      planted.set(`d${i}`, original.key);
      continue;
    }
    const count = 6 + Math.floor(random() * 9);
    docs.push({ key: `d${i}`, text: Array.from({ length: count }, () => pick(lines)).join('\n') });
  }
  return { docs, planted };
}

/** The lines longer than 20 characters of the raw compilations in `dir`. */
export function sourceLines(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .map((l) => l.trim())
    .filter((l) => l.length > 20);
}

/** Runs findDuplicates over `corpus` and measures it. */
export function measureDuplicates({ docs, planted }: DuplicateCorpus): DuplicateFigures {
  const characters = docs.reduce((s, d) => s + d.text.length, 0);
  const start = performance.now();
  const result = findDuplicates(docs);
  const ms = performance.now() - start;
  const canonical = (key: string): string => result.get(key) ?? key;
  const found = [...planted].filter(([copy, original]) => canonical(copy) === canonical(original)).length;
  return { documents: docs.length, characters, ms, heapUsed: process.memoryUsage().heapUsed, planted: planted.size, found, reported: result.size };
}

/** The figures as printed, one per line. */
export function duplicateReport(f: DuplicateFigures): string[] {
  return [
    `documents            ${f.documents}`,
    `characters           ${(f.characters / 1e6).toFixed(1)} M (mean ${Math.round(f.characters / f.documents)} per document)`,
    `findDuplicates       ${(f.ms / 1000).toFixed(2)} s`,
    `heap used            ${Math.round(f.heapUsed / 1e6)} MB`,
    `planted duplicates   ${f.planted}, found ${f.found}`,
    `reported duplicates  ${f.reported}`,
  ];
}
