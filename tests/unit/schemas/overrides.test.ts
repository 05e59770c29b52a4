import { describe, expect, it } from 'vitest';
import { DataFileError, parseDataFile } from '../../../src/schemas/data-file.ts';
import { LEVELS } from '../../../src/schemas/document.ts';
import { OVERRIDABLE_FIELDS, overridesSchema } from '../../../src/schemas/overrides.ts';

const FILE = 'content/overrides.yaml';
const SLUGS = ['township', 'deputies', 'oversight'] as const;
const parse = (text: string) => parseDataFile(overridesSchema(SLUGS), text, FILE);

/** The problems a malformed file is refused with, one line each. */
function problemsOf(text: string): string[] {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as DataFileError).problems;
  }
  throw new Error('the file was accepted');
}

describe('content/overrides.yaml', () => {
  it('lists every problem at once, each with the file, the id and field, and what is allowed', () => {
    const problems = problemsOf(['doc-01:', '  level: city', '  topics: [township, 代表工作]', 'doc-02:', '  source: {file: x.txt}', ''].join('\n'));
    expect(problems).toEqual([
      `${FILE}: doc-01.level: "city" 不是可用的值；可用的值：${LEVELS.join(', ')}`,
      `${FILE}: doc-01.topics.1: "代表工作" 不是可用的值；可用的值：${SLUGS.join(', ')}`,
      `${FILE}: doc-02: 不认识的字段 "source"；可以修改的字段：${OVERRIDABLE_FIELDS.join(', ')}`,
    ]);
    expect(OVERRIDABLE_FIELDS).not.toContain('source');
  });

  it('checks a value with the document schema, also when the same entry names a field that cannot be overridden', () => {
    expect(problemsOf('doc-01:\n  year: 二〇二四\n  lvel: county\n')).toEqual([
      `${FILE}: doc-01.year: "二〇二四" 不是数字`,
      `${FILE}: doc-01: 不认识的字段 "lvel"；可以修改的字段：${OVERRIDABLE_FIELDS.join(', ')}`,
    ]);
    expect(problemsOf('doc-01:\n  place: {name: 陆良县, code: 五三}\n')).toEqual([`${FILE}: doc-01.place.code: "五三" 格式不对`]);
  });

  it('accepts null for every overridable field (it removes the derived value)', () => {
    const text = `doc-01:\n${OVERRIDABLE_FIELDS.map((field) => `  ${field}: null`).join('\n')}\n`;
    expect(parse(text)).toEqual({ 'doc-01': Object.fromEntries(OVERRIDABLE_FIELDS.map((field) => [field, null])) });
    expect(problemsOf('doc-01:\n  source: null\n')).toHaveLength(1);
  });

  it('reads an empty file as no overrides, and keeps valid values as written', () => {
    expect(parse('')).toEqual({});
    expect(parse('# 暂无更正\n')).toEqual({});
    expect(parse('doc-01:\n  level: prefecture\n  topics: [deputies]\n')).toEqual({ 'doc-01': { level: 'prefecture', topics: ['deputies'] } });
  });

  it('says what shape the file and an entry should have', () => {
    expect(problemsOf('- doc-01\n')).toEqual([`${FILE}: （文档）: 应当是从文档 id 到字段的映射（如 “某文档id:” 下一行缩进写 “level: county”）`]);
    expect(problemsOf('doc-01: county\ndoc-02: [a]\n')).toEqual([
      `${FILE}: doc-01: "county"：应当是字段的映射（如 level: county）`,
      `${FILE}: doc-02: 应当是字段的映射（如 level: county）`,
    ]);
  });
});
