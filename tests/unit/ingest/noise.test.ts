import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../../src/schemas/data-file.ts';
import { parseNoise } from '../../../src/ingest/noise.ts';
import { noise } from '../helpers/fixtures.ts';

describe('noise patterns (content/noise.yaml)', () => {
  it('compiles the project file into line, inline, title-suffix and outline rules', () => {
    expect(noise.lines.map((r) => r.kind)).toEqual(expect.arrayContaining(['watermark', 'boilerplate', 'page-number']));
    expect(noise.inline.length).toBeGreaterThan(0);
    expect(noise.titleSuffixes.length).toBeGreaterThan(0);
    expect(noise.outline.start.some((p) => p.test('提纲'))).toBe(true);
  });

  it('anchors line patterns to the whole line', () => {
    const parsed = parseNoise("lines:\n  boilerplate: ['阅读\\d+次']\n");
    expect(parsed.lines[0]!.pattern.test('阅读123次')).toBe(true);
    expect(parsed.lines[0]!.pattern.test('本文已阅读123次以上')).toBe(false);
  });

  it('accepts an empty file', () => {
    expect(parseNoise('')).toEqual({
      lines: [],
      inline: [],
      titleSuffixes: [],
      outline: { start: [], end: [], label: [] },
      chrome: { breadcrumb: [], lists: [] },
      audit: { words: [], minProse: 12 },
    });
  });

  it('names the entry of an invalid regular expression, and every other problem', () => {
    expect(() => parseNoise("inline:\n  watermark: ['ok', '(unclosed']\n", 'content/noise.yaml')).toThrow(
      /^content\/noise\.yaml: inline\.watermark\.1: "\(unclosed"：不是有效的正则表达式/,
    );
    expect(() => parseNoise("titleSuffixes: ['(']\nlines:\n  adverts: ['x']\n", 'n.yaml')).toThrow(
      /^n\.yaml: lines: 不认识的字段：adverts\nn\.yaml: titleSuffixes\.0: "\("：不是有效的正则表达式/,
    );
  });

  it('rejects an unknown kind with the path of the entry', () => {
    const error = (() => {
      try {
        parseNoise("lines:\n  adverts: ['x']\n", 'n.yaml');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).message).toBe('n.yaml: lines: 不认识的字段：adverts');
  });

  it('rejects YAML that does not parse', () => {
    expect(() => parseNoise('lines: [', 'n.yaml')).toThrow(/^n\.yaml: 第 1 行第 9 列：YAML 写法有误（[A-Z_]+），无法读取；请检查缩进、冒号和括号$/);
  });
});
