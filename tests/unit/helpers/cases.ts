/**
 * Fixture-folder cases for the ingestion stages (tests/fixtures/cases/<stage>/<case>/): each folder
 * holds `input.txt`, a raw article text, and the files the stage is expected to make of it. A test
 * file per stage runs its stage on every folder's input and compares the result with the folder's
 * files; with `UPDATE=1` in the environment it writes them instead, for a person to read and commit.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode } from '../../../src/ingest/decode.ts';
import { splitArticles } from '../../../src/ingest/split.ts';
import type { RawArticle } from '../../../src/ingest/types.ts';
import { describe, expect, it } from 'vitest';
import { sourceFile } from './fixtures.ts';

/** True when this run writes the expected files instead of comparing with them. */
export const UPDATE = process.env.UPDATE === '1';

const CASES = new URL('../../fixtures/cases/', import.meta.url);

/** What a stage made of one case's input: expected file name → text. */
export type CaseOutput = Record<string, string>;

/** The one article of a case's input, decoded and split as the pipeline does (input.txt as read from disk). */
export async function caseArticle(input: Uint8Array): Promise<RawArticle> {
  const { text } = await decode(sourceFile('input.txt', input));
  const articles = splitArticles(text);
  if (articles.length !== 1) throw new Error(`input.txt holds ${articles.length} articles (第N篇 markers); a case is one article`);
  return articles[0]!;
}

/** Characters a reader cannot see: controls, format characters (zero-width, bidi, BOM), private use. */
const INVISIBLE = /(?!\n)[\p{Cc}\p{Cf}\p{Co}]/gu;

/** `c` as JSON \u escapes of its UTF-16 code units. */
const escape = (c: string) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');

/**
 * JSON for an expected file: two-space indents, or one array entry per line with `entryPerLine`;
 * invisible characters as \u escapes, so a reader of the file sees them.
 */
export function caseJson(value: unknown, { entryPerLine = false } = {}): string {
  const text =
    entryPerLine && Array.isArray(value)
      ? value.length ? `[\n  ${value.map((entry) => JSON.stringify(entry)).join(',\n  ')}\n]` : '[]'
      : JSON.stringify(value, undefined, 2);
  return `${text.replace(INVISIBLE, escape)}\n`;
}

/**
 * One test per folder of tests/fixtures/cases/<stage>/: `run` makes the expected files' texts from
 * the folder's input.txt (`testModule`, the calling file's import.meta.url, names it in messages).
 * A missing expected file, or one the stage does not make, fails the test; UPDATE=1 writes the one
 * and removes the other.
 */
export function describeCases(stage: string, testModule: string, run: (input: Uint8Array) => Promise<CaseOutput>): void {
  const root = new URL(`${stage}/`, CASES);
  const folder = `tests/fixtures/cases/${stage}`;
  const names = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  const update = `UPDATE=1 npm test -- ${relative(process.cwd(), fileURLToPath(testModule))}`;

  describe(`${folder}/${UPDATE ? ' (UPDATE=1: writing the expected files)' : ''}`, () => {
    it('has at least 8 cases', () => {
      expect(names.length).toBeGreaterThanOrEqual(8);
    });

    it.each(names)(UPDATE ? '%s (expected files written)' : '%s', async (name) => {
      const dir = new URL(`${name}/`, root);
      const inputPath = fileURLToPath(new URL('input.txt', dir));
      if (!existsSync(inputPath)) throw new Error(`${folder}/${name}/input.txt is missing: every case folder holds the raw text it starts from`);
      const output = await run(readFileSync(inputPath));
      // A file the stage no longer makes (title.txt once the input lost its marker) would pass unread.
      for (const file of readdirSync(dir).filter((f) => f !== 'input.txt' && !(f in output))) {
        if (UPDATE) rmSync(new URL(file, dir));
        else throw new Error(`${folder}/${name}/${file} is not made by the ${stage} stage from input.txt: \`${update}\` removes it`);
      }
      for (const [file, actual] of Object.entries(output)) {
        const path = fileURLToPath(new URL(file, dir));
        const shown = `${folder}/${name}/${file}`;
        if (UPDATE) {
          if (!existsSync(path) || readFileSync(path, 'utf8') !== actual) writeFileSync(path, actual);
          continue;
        }
        if (!existsSync(path)) throw new Error(`${shown} is missing: run \`${update}\` to write it, then read it and commit it only if it is what a reader wants`);
        expect(actual, `${shown} (\`${update}\` rewrites it)`).toBe(readFileSync(path, 'utf8'));
      }
    });
  });
}
