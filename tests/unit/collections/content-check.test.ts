import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/collections/content-check.ts';

const slugs = ['township', 'deputies'] as const;
const valid = `---
title: 在全县乡镇人大主席座谈会上的讲话
kind: speech
level: county
year: 2010
topics: [township]
onTopic: true
summary: 摘要。
source: {file: a.txt, lines: [1, 20], sha256: ${'a'.repeat(64)}}
---

正文。
`;
const doc = (path: string, replace: [string | RegExp, string][] = []) => ({
  path,
  text: replace.reduce((text, [from, to]) => text.replace(from, to), valid),
});

describe('checkContent', () => {
  it('accepts valid documents', () => {
    expect(checkContent([doc('content/speeches/a.mdx')], slugs)).toEqual([]);
  });

  it('reports every hand-made mistake at once, naming file, field and allowed values', () => {
    const problems = checkContent(
      [
        doc('content/speeches/level.mdx', [['level: county', 'level: 县级']]),
        doc('content/speeches/year.mdx', [['year: 2010', 'year: 二〇二四']]),
        doc('content/speeches/topic.mdx', [['topics: [township]', 'topics: [township, 代表]']]),
        doc('content/speeches/title.mdx', [[/^title: .*\n/m, '']]),
        doc('content/speeches/same.mdx'),
        doc('content/reports/same.mdx'),
      ],
      slugs,
    );
    expect(problems).toEqual([
      'content/speeches/level.mdx: level: "县级" 不是可用的值；可用的值：province, prefecture, county, township, unknown',
      'content/speeches/year.mdx: year: "二〇二四" 不是数字',
      'content/speeches/topic.mdx: topics.1: "代表" 不是可用的值；可用的值：township, deputies',
      'content/speeches/title.mdx: title: 缺少此项（必填，文本）',
      'content/reports/same.mdx: id: "same" 与 content/speeches/same.mdx 的 id 相同；文档 id 不能重复，请把其中一个文件改名',
    ]);
  });

  it('reports broken YAML with its line and a duplicateOf that points nowhere', () => {
    const problems = checkContent(
      [
        doc('content/speeches/yaml.mdx', [['kind: speech', 'kind: [speech']]),
        doc('content/speeches/dup.mdx', [['onTopic: true', 'onTopic: true\nduplicateOf: missing-01']]),
      ],
      slugs,
    );
    expect(problems[0]).toBe(
      'content/speeches/yaml.mdx:4: frontmatter: YAML 写法有误（missed comma between flow collection entries），无法读取；请检查缩进、冒号和括号',
    );
    expect(problems.at(-1)).toBe('content/speeches/dup.mdx: duplicateOf: 没有 id 为 "missing-01" 的文档');
  });
});

describe('checkContent reads YAML as Astro does', () => {
  it('reports an unquoted date, which YAML 1.1 reads as a timestamp', () => {
    const problems = checkContent([doc('content/speeches/d.mdx', [['year: 2010', 'year: 2010\ndate: 2010-11-08']])], slugs);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/speeches\/d\.mdx: date: /);
  });
});

describe('checkContent with the memo of an earlier run', () => {
  it('reports what a run without memo reports after files were broken, fixed and removed', () => {
    const memo = new Map();
    const before = [doc('content/speeches/a.mdx'), doc('content/speeches/b.mdx', [['level: county', 'level: 县级']]), doc('content/speeches/c.mdx')];
    expect(checkContent(before, slugs, memo)).toEqual(checkContent(before, slugs));
    const after = [
      doc('content/speeches/a.mdx', [['year: 2010', 'year: 二〇一〇']]),
      doc('content/speeches/b.mdx'),
      doc('content/reports/d.mdx', [['onTopic: true', 'onTopic: true\nduplicateOf: c']]),
    ];
    const expected = checkContent(after, slugs);
    expect(expected).toEqual([
      'content/speeches/a.mdx: year: "二〇一〇" 不是数字',
      'content/reports/d.mdx: duplicateOf: 没有 id 为 "c" 的文档',
    ]);
    expect(checkContent(after, slugs, memo)).toEqual(expected);
    expect(memo.size).toBe(3);
  });
});

describe('checkContent against hostile files', () => {
  it('refuses a YAML alias bomb in frontmatter at once, naming the file and the line', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) {
      const [prev, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const bomb = doc('content/speeches/bomb.md', [['onTopic: true', `onTopic: true\n${levels.join('\n')}`]]);
    expect(checkContent([bomb], slugs)).toEqual([
      'content/speeches/bomb.md:8: frontmatter: 不允许使用 YAML 锚点或别名（&名称、*名称）；生成的文档从不使用它们',
    ]);
  });

  it('names a file without frontmatter and says how a document starts', () => {
    expect(checkContent([{ path: 'content/speeches/bare.md', text: '在乡镇人大工作会议上的讲话\n同志们：' }], slugs)).toEqual([
      'content/speeches/bare.md:1: frontmatter: 缺少元数据；文档要以 --- 开头，接着是 YAML 字段，再以 --- 结束',
    ]);
  });

  it('still accepts & and * inside text', () => {
    expect(checkContent([doc('content/speeches/amp.md', [[/^title: .*$/m, 'title: 代表 & 群众 *重点* 工作']])], slugs)).toEqual([]);
  });

  it('refuses every file name that cannot be a URL segment, naming the file', () => {
    const names = ['...md', '..\\..\\evil.md', 'a b?#x.md', '.hidden.md', '%2e%2e.md'];
    const problems = checkContent(names.map((name) => doc(`content/speeches/${name}`)), slugs);
    expect(problems).toEqual(
      names.map((name) => `content/speeches/${name}: id: "${name.replace(/\.md$/, '')}" 不能用作网址；文件名只能用字母、数字、-、_ 和 .，且不能以 . 开头`),
    );
    expect(checkContent([doc('content/speeches/f2d0ec36c8c-01.md'), doc('content/reports/A_b.2.md')], slugs)).toEqual([]);
  });
});
