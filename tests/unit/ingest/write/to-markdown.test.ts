import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { toMarkdown } from '../../../../src/ingest/write/to-markdown.ts';
import type { DocumentData } from '../../../../src/schemas/document.ts';

const data: DocumentData = {
  title: '在全县乡镇人大主席座谈会上的讲话',
  kind: 'speech',
  level: 'county',
  year: 2010,
  topics: ['township'],
  onTopic: true,
  summary: '这次会议主要是交流经验。',
  source: { file: 'a.txt', lines: [3, 40], sha256: 'a'.repeat(64) },
};

const paragraphs = (texts: string[]): Root => ({
  type: 'root',
  children: texts.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
});

/** Parses MDX the way the site's MDX compiler does (MDX + GFM). */
const parseMdx = (mdx: string) =>
  unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx.replace(/^---\n[\s\S]*?\n---\n/, ''));

describe('toMarkdown', () => {
  it('writes frontmatter that reads back to the same data', () => {
    const mdx = toMarkdown(data, paragraphs(['正文。']));
    const front = mdx.match(/^---\n([\s\S]*?)\n---\n/)![1];
    expect(parseYaml(front)).toEqual(data);
  });

  it('keeps MDX, JSX, HTML and Markdown syntax in the text as plain text', () => {
    const hostile = [
      '代表{process.exit(1)}说',
      '<script>alert(1)</script>与<img src=x onerror=alert(1)>',
      'import fs from "node:fs"',
      'export const x = 1',
      '# 不是标题 * 星号 _下划线_ `反引号` > 引用 $ \\ 反斜杠',
      '1. 不是列表',
      '~~不是删除线~~ http://example.com',
      '&amp; 与 &#x41;',
    ];
    const tree = parseMdx(toMarkdown(data, paragraphs(hostile)));
    expect(tree.children.map((node) => node.type)).toEqual(hostile.map(() => 'paragraph'));
    expect(tree.children.map((node) => toString(node))).toEqual(hostile);
  });

  it('writes headings at their depth', () => {
    const body: Root = {
      type: 'root',
      children: [
        { type: 'heading', depth: 2, children: [{ type: 'text', value: '一、总体要求' }] },
        { type: 'heading', depth: 3, children: [{ type: 'text', value: '（一）提高认识' }] },
        { type: 'paragraph', children: [{ type: 'text', value: '正文。' }] },
      ],
    };
    const tree = parseMdx(toMarkdown(data, body));
    expect(tree.children.map((n) => (n.type === 'heading' ? `h${n.depth}` : n.type))).toEqual(['h2', 'h3', 'paragraph']);
  });
});
