/**
 * The ingest command as a user runs it: deterministic output equal to the committed content, the
 * seed report's findings, corrections that survive re-runs, hand edits that are never lost, and bad
 * inputs refused with a clear message while the rest still succeeds.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestReport } from '../../src/ingest/report.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { countChars } from '../../src/ingest/accounting.ts';
import { decode } from '../../src/ingest/decode.ts';
import { runIngest } from './commands.ts';
import { DOCUMENT_EXTENSION } from '../../src/collections/content-dir.ts';

// Without the cache: these tests are about the pipeline's output (ingest-parallel.test.ts tests the cache).
const ingest = (...args: string[]) => runIngest(...args, '--no-cache');

/** Every file below a folder, as relative path → content. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else out[rel] = readFileSync(join(dir, rel), 'utf8');
    }
  };
  walk('');
  return out;
}

const generated = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).filter(([p]) => /^(speeches|reports)\/|^\.ingest-manifest\.json$/.test(p)));

describe('npm run ingest on the seed corpus', () => {
  let out: string;
  let report: IngestReport;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'ingest-'));
    const run = ingest('content/sources', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    report = JSON.parse(readFileSync(join(out, 'ingest-report.json'), 'utf8'));
  });

  it('writes the same files on a second run, equal to the committed content', () => {
    const first = tree(out);
    const again = mkdtempSync(join(tmpdir(), 'ingest-'));
    expect(ingest('content/sources', '--out', again).status).toBe(0);
    expect(tree(again)).toEqual(first);
    expect(generated(first)).toEqual(generated(tree('content')));
    expect(first['ingest-report.json']).toBe(readFileSync('content/ingest-report.json', 'utf8'));
  });

  it('finds 21 articles, the duplicate pair, the two off-topic articles and contradicting years', () => {
    expect(report.summary.documents).toBe(21);
    expect(report.summary.duplicates).toHaveLength(1);
    const title = (id: string) => report.documents.find((d) => d.id === id)!.title;
    const [dup, canonical] = report.summary.duplicates[0];
    expect(title(dup)).toBe(title(canonical));
    expect(report.summary.offTopic.map(title).sort()).toEqual(
      expect.arrayContaining([expect.stringContaining('工商联')]),
    );
    expect(report.summary.offTopic).toHaveLength(2);
    expect(report.summary.yearConflicts.length).toBeGreaterThan(0);
    const places = report.documents.map((d) => d.place).filter(Boolean);
    expect(places).toEqual(expect.arrayContaining([expect.stringMatching(/^新疆.* 疏勒县$/), expect.stringMatching(/^云南.* 陆良县$/)]));
  });

  it('loses no character: every source character is in a written document or in removed[] with a kind', async () => {
    const files = tree(out);
    for (const input of report.inputs) {
      const bytes = readFileSync(join('content/sources', input.file));
      const { text } = await decode({ name: input.file, bytes, sha256: '' });
      const shown: string[] = [];
      for (const id of input.documents) {
        const mdx = files[`speeches/${id}${DOCUMENT_EXTENSION}`] ?? files[`reports/${id}${DOCUMENT_EXTENSION}`];
        const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx)!;
        const data = parseYaml(yaml);
        shown.push(data.title, data.subtitle, data.byline, data.dateline);
        shown.push(toString(unified().use(remarkParse).use(remarkGfm).parse(body)));
        const removed = report.documents.find((d) => d.id === id)!.removed;
        for (const r of removed) expect(r.kind).toMatch(/^[a-z-]+$/);
        shown.push(...removed.map((r) => r.text));
      }
      const have = countChars(...shown);
      const lost = [...countChars(text)].filter(([c, n]) => (have.get(c) ?? 0) < n).map(([c]) => c);
      expect(lost, input.file).toEqual([]);
    }
  });

  it('writes a review page next to the report that lists every removal, struck through in its line and named by kind', () => {
    const html = readFileSync(join(out, report.summary.reviewPage), 'utf8');
    const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
    const rows = [...html.matchAll(/<tr data-kind="([a-z-]+)"><td class="num">(\d+)<\/td>[\s\S]*?<del title="[^"]*">([\s\S]*?)<\/del>/g)].map(
      ([, kind, line, text]) => `${kind} ${line} ${decode(text!)}`,
    );
    const show = (t: string) => t.replace(/(?![\n\t])[\p{Cc}\p{Cf}\p{Co}]/gu, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
    const expected = report.documents.flatMap((d) => d.removed.map((r) => `${r.kind} ${r.line} ${show(r.text) || '（空白）'}`));
    expect(rows).toEqual(expected);
    expect(expected.length).toBeGreaterThan(100);
    for (const d of report.documents) expect(html).toContain(`<section class="doc" id="${d.id}">`);
    expect(html).not.toMatch(/<script|<link|src=/i);
  });

  it('keeps a correction from overrides.yaml across runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    const id = report.documents[0].id;
    writeFileSync(join(dir, 'overrides.yaml'), `${id}:\n  level: province\n  summary: 编辑改写的摘要。\n`);
    expect(ingest('content/sources', '--out', dir).status).toBe(0);
    const file = readdirSync(join(dir, 'speeches')).includes(`${id}${DOCUMENT_EXTENSION}`) ? `speeches/${id}${DOCUMENT_EXTENSION}` : `reports/${id}${DOCUMENT_EXTENSION}`;
    const first = readFileSync(join(dir, file), 'utf8');
    expect(first).toMatch(/^level: province$/m);
    expect(first).toMatch(/^summary: 编辑改写的摘要。$/m);
    expect(ingest('content/sources', '--out', dir).status).toBe(0);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(first);
  });

  it('never overwrites a document edited by hand unless forced', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    expect(ingest('content/sources', '--out', dir).status).toBe(0);
    const file = join(dir, 'speeches', readdirSync(join(dir, 'speeches'))[0]);
    const edited = readFileSync(file, 'utf8').replace(/^level: .*$/m, 'level: unknown');
    writeFileSync(file, edited);
    const refused = ingest('content/sources', '--out', dir);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain(file.slice(dir.length + 1));
    expect(refused.stderr).toContain('overrides.yaml');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(ingest('content/sources', '--out', dir, '--force').status).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe(edited);
  });

  it('refuses a broken input with a message naming it and still ingests the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-in-'));
    cpSync('content/sources/002_41cf74e07561e0d7.txt', join(dir, 'good.txt'));
    writeFileSync(join(dir, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0xff, 0xfe, 0x00, 0x81]));
    const outDir = mkdtempSync(join(tmpdir(), 'ingest-'));
    const run = ingest(dir, '--out', outDir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/scan\.txt/);
    const count = (sub: string) => (existsSync(join(outDir, sub)) ? readdirSync(join(outDir, sub)).length : 0);
    expect(count('speeches') + count('reports')).toBe(1);
  });
});
