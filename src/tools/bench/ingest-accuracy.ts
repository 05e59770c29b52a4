/**
 * Ingestion accuracy against hand-written expectations: the unseen corpus (tests/fixtures/unseen:
 * texts copied from public web pages with their page chrome) and the seed compilations
 * (tests/fixtures/seeds/expected.json). Each document is scored field by field; `measure:ingest`
 * prints the shares, the fixture test asserts every fixture.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ClassifiedArticle } from '../../ingest/assemble.ts';
import { articleId } from '../../ingest/ids.ts';
import { processFile, type IngestContext } from '../../ingest/runner/process-file.ts';
import { squeeze } from '../../ingest/text-predicates.ts';
import { suspiciousRemovals, type AuditRules } from '../../ingest/removal-audit.ts';

/** What a reader of the text expects of its document. */
export interface Expected {
  /** The title, or the acceptable titles; compared without whitespace. */
  title: string | string[];
  kind: string;
  level: string;
  year: number | null;
  /** The province (and division name, when given) the text is about; null when it names none. */
  place: { province: string; name?: string } | null;
  onTopic: boolean;
  /** Headings that must be headings of the body. */
  headings?: string[];
  /** Sentences of the body that must be kept. */
  keep?: string[];
  /** Page chrome and noise that must not be in the title, subtitle or body. */
  gone?: string[];
  /** Fields known to come out wrong, with why (counted as wrong by measure:ingest; the test expects them still wrong). */
  known?: Partial<Record<Field, string>>;
}

/** One unseen fixture: its text and what is expected of it. */
export interface Fixture {
  slug: string;
  /** Held out: not looked at while the cleaning and classification rules were written. */
  heldOut: boolean;
  source: string;
  text: string;
  expected: Expected;
}

/** The fields scored, in the order measure:ingest prints them. */
export const FIELDS = ['title', 'kind', 'level', 'year', 'place', 'onTopic', 'headings', 'noise removed', 'body kept', 'no prose removed'] as const;
export type Field = (typeof FIELDS)[number];

/** A scored document: per field, whether it is right (undefined when the field has no expectation) and what was found. */
export interface Score {
  id: string;
  results: Partial<Record<Field, boolean>>;
  found: Partial<Record<Field, string>>;
}

const FIXTURES = new URL('../../../tests/fixtures/unseen/', import.meta.url);
const SEEDS = new URL('../../../tests/fixtures/seeds/expected.json', import.meta.url);
const SOURCES = new URL('../../../content/sources/', import.meta.url);

/** The unseen fixtures of `folder` (one folder per fixture: input.txt, expected.json), sorted by slug. */
export function loadFixtures(folder: string | URL = FIXTURES): Fixture[] {
  const root = typeof folder === 'string' ? pathToFileURL(`${resolve(folder)}/`) : folder;
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const dir = new URL(`${slug}/`, root);
      const { heldOut, source, ...expected } = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8'));
      return { slug, heldOut: heldOut === true, source, text: readFileSync(new URL('input.txt', dir), 'utf8'), expected };
    });
}

function file(name: string, bytes: Uint8Array) {
  return { name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const plain = (s: string) => squeeze(s).normalize('NFKC');

/** The texts of the body's headings, run-in headings (a paragraph's bold lead sentence) included. */
function headingTexts(body: Root): string[] {
  return body.children.flatMap((n) => {
    if (n.type === 'heading') return [plain(toString(n))];
    const lead = n.type === 'paragraph' ? n.children[0] : undefined;
    return lead?.type === 'strong' ? [plain(toString(lead))] : [];
  });
}

/** Scores one ingested article against its expectation. */
export function scoreArticle(id: string, a: ClassifiedArticle | undefined, expected: Expected, audit: AuditRules): Score {
  const results: Score['results'] = {};
  const found: Score['found'] = {};
  if (!a) {
    for (const field of FIELDS) results[field] = false;
    return { id, results, found: { title: '(refused: no document)' } };
  }
  const { data, article } = a;
  const titles = (Array.isArray(expected.title) ? expected.title : [expected.title]).map(plain);
  results.title = titles.includes(plain(data.title));
  found.title = data.title + (data.subtitle ? ` / ${data.subtitle}` : '');
  results.kind = data.kind === expected.kind;
  found.kind = data.kind;
  results.level = data.level === expected.level;
  found.level = data.level;
  results.year = data.year === expected.year;
  found.year = String(data.year);
  const place = data.place;
  results.place =
    expected.place === null
      ? place === undefined
      : place?.province === expected.place.province && (expected.place.name === undefined || place?.name === expected.place.name);
  found.place = place ? `${place.province ?? ''} ${place.name}` : 'none';
  results.onTopic = data.onTopic === expected.onTopic;
  found.onTopic = String(data.onTopic);

  const headings = headingTexts(article.body);
  if (expected.headings?.length) {
    const missing = expected.headings.filter((h) => !headings.includes(plain(h)));
    results.headings = missing.length === 0;
    found.headings = missing.length ? `missing ${missing.join(' | ')}` : 'ok';
  }
  const bodyText = article.body.children.map((n) => toString(n)).join('\n');
  const visible = plain([data.title, data.subtitle ?? '', bodyText].join('\n'));
  if (expected.gone?.length) {
    const left = expected.gone.filter((g) => visible.includes(plain(g)));
    results['noise removed'] = left.length === 0;
    found['noise removed'] = left.length ? `left ${left.join(' | ')}` : 'ok';
  }
  if (expected.keep?.length) {
    const body = plain(bodyText);
    const lost = expected.keep.filter((k) => !body.includes(plain(k)));
    results['body kept'] = lost.length === 0;
    found['body kept'] = lost.length ? `lost ${lost.map((k) => k.slice(0, 20)).join(' | ')}` : 'ok';
  }
  const suspicious = suspiciousRemovals(article.removed, audit);
  results['no prose removed'] = suspicious.length === 0;
  found['no prose removed'] = suspicious.length ? suspicious.map((r) => `${r.kind}@${r.line} ${r.text.slice(0, 30)}`).join(' | ') : 'ok';
  return { id, results, found };
}

/** Ingests and scores every unseen fixture. */
export async function scoreFixtures(context: IngestContext, fixtures = loadFixtures()): Promise<Array<Score & { heldOut: boolean }>> {
  const scores: Array<Score & { heldOut: boolean }> = [];
  for (const fixture of fixtures) {
    const outcome = await processFile(file(`${fixture.slug}.txt`, new TextEncoder().encode(fixture.text)), context);
    scores.push({ ...scoreArticle(fixture.slug, outcome.articles[0], fixture.expected, context.noise.audit), heldOut: fixture.heldOut });
  }
  return scores;
}

/** Sentences of one source line that end inside it (…。), long enough to look for in the output. */
function lineSentences(text: string): string[] {
  const parts = text.split(/(?<=[。！？])/u);
  // The last part does not end a sentence when the line runs on; the first may continue the previous line.
  return parts.slice(1, parts.at(-1)!.match(/[。！？]$/u) ? undefined : -1).filter((s) => [...s.trim()].length >= 12);
}

/**
 * The seeds' expectations: the hand-written fields of tests/fixtures/seeds/expected.json (run-in
 * headings among them), plus derived from the source text itself: headings (short standalone
 * 一、/（一） lines) and sentences
 * to keep (whole sentences inside one line, except those holding the file's listed noise or glued
 * page numbers, which cleaning is meant to change).
 */
export async function scoreSeeds(context: IngestContext): Promise<Score[]> {
  const spec = JSON.parse(readFileSync(SEEDS, 'utf8')) as {
    gone: Record<string, string[]>;
    runIn: Record<string, string[]>;
    documents: Record<string, Expected>;
  };
  const scores: Score[] = [];
  for (const name of readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).sort()) {
    const bytes = readFileSync(join(SOURCES.pathname, name));
    const source = new TextDecoder().decode(bytes).split('\n');
    const gone = spec.gone[name.slice(0, 3)] ?? [];
    const outcome = await processFile(file(name, bytes), context);
    const byId = new Map(outcome.articles.map((a) => [articleId(name, a.article.ordinal), a]));
    for (const [id, expected] of Object.entries(spec.documents).filter(([id]) => id.startsWith(name.slice(0, 3)))) {
      const a = byId.get(id);
      const lines = a ? source.slice(a.article.lines[0] - 1, a.article.lines[1]) : [];
      const headings = lines
        .map((l) => l.trim())
        .filter((l) => /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/u.test(l) && [...l].length <= 40 && !/[。！？；]/u.test(l));
      const keep = lines
        .flatMap(lineSentences)
        .map((s) => s.replace(/[\u0000-\u001f\u200b-\u200f\ue000-\uf8ff]/gu, '').trim())
        .filter((s) => !gone.some((g) => s.includes(g)) && !/\s\d{1,3}\s|\d\s*$|^\s*\d/u.test(s));
      const runIn = spec.runIn[id] ?? [];
      scores.push(scoreArticle(id, a, { ...expected, headings: [...headings, ...runIn], keep, gone }, context.noise.audit));
    }
  }
  return scores;
}

/** Share of documents right per field, with the number of documents the field was checked on. */
export function accuracy(scores: readonly Score[]): Record<Field, { right: number; of: number }> {
  const table = {} as Record<Field, { right: number; of: number }>;
  for (const field of FIELDS) {
    const checked = scores.filter((s) => s.results[field] !== undefined);
    table[field] = { right: checked.filter((s) => s.results[field]).length, of: checked.length };
  }
  return table;
}
