import { describe, expect, it } from 'vitest';
import { applyOverride, parseOverrides } from '../../../src/ingest/overrides.ts';
import type { DocumentData } from '../../../src/schemas/document.ts';

/** The taxonomy the overrides are checked against. */
const SLUGS = ['township', 'publicity', 'deputies'] as const;
const parse = (text: string, file = 'o.yaml') => parseOverrides(text, file, SLUGS);

const derived: DocumentData = {
  title: '标题',
  kind: 'speech',
  level: 'county',
  year: 2024,
  place: { name: '陆良县', province: '云南省', code: '530322' },
  topics: ['township'],
  onTopic: true,
  summary: '摘要。',
  source: { file: 'a.txt', lines: [1, 9], sha256: 'b'.repeat(64) },
};

describe('overrides', () => {
  it('replaces derived fields and removes those set to null', () => {
    const overrides = parse('doc-01:\n  level: prefecture\n  topics: [publicity]\n  place: null\n  year: null\n');
    const merged = applyOverride(derived, overrides.get('doc-01'));
    expect(merged).toMatchObject({ level: 'prefecture', topics: ['publicity'], year: null, kind: 'speech' });
    expect(merged).not.toHaveProperty('place');
    expect(merged.source).toEqual(derived.source);
  });

  it('leaves documents without an override untouched', () => {
    expect(applyOverride(derived, parse('').get('x'))).toEqual(derived);
  });

  it('names the file, the id and the field when a field cannot be overridden', () => {
    expect(() => parse('doc-01:\n  source: {file: x}\n', 'content/overrides.yaml')).toThrow(
      /^content\/overrides\.yaml: doc-01: 不认识的字段 "source"；可以修改的字段：title, /,
    );
    expect(() => parse('- a\n- b\n', 'content/overrides.yaml')).toThrow(/^content\/overrides\.yaml: （文档）: 应当是从文档 id 到字段的映射/);
  });

  it('names the file and the line of a YAML mistake, in Chinese, without the parser\'s own text', () => {
    const broken = () => parse('doc-01:\n  topics: [township, deputies\n', 'content/overrides.yaml');
    expect(broken).toThrow(/^content\/overrides\.yaml: 第 3 行第 1 列：YAML 写法有误（[A-Z_]+），无法读取；请检查缩进、冒号和括号$/);
  });

  it('names the id and the value when an entry is not a map of fields', () => {
    expect(() => parse('doc-01: 5\n')).toThrow(/^o\.yaml: doc-01: 5：应当是字段的映射（如 level: county）$/);
  });
});
