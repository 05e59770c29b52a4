import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTopics } from '../../../src/collections/taxonomy.ts';

const dir = mkdtempSync(join(tmpdir(), 'topics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('loadTopics', () => {
  it('reads the project taxonomy, a topic without description reading as empty', () => {
    expect(loadTopics().length).toBeGreaterThan(0);
    expect(loadTopics(file('plain.yaml', '- { slug: a, name: 甲, keywords: [甲] }'))).toEqual([{ slug: 'a', name: '甲', description: '', keywords: ['甲'] }]);
  });

  it('lists every problem of the file with its place and what is allowed', () => {
    const path = file('bad.yaml', '- { slug: Party, name: 党的领导, keywords: [党] }\n- { slug: ok, name: "", keywords: 代表 }\n');
    expect(() => loadTopics(path)).toThrow(
      [
        `${path}: 0.slug: "Party"：只能用小写英文字母、数字和连字符（a-z、0-9、-）`,
        `${path}: 1.name: 不能为空`,
        `${path}: 1.keywords: "代表" 不是列表`,
      ].join('\n'),
    );
    expect(() => loadTopics(file('empty.yaml', '[]'))).toThrow(`${join(dir, 'empty.yaml')}: （文档）: 至少要有 1 项`);
  });
});
