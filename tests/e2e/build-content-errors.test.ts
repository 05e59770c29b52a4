/**
 * `npm run build` on documents whose frontmatter an editor got wrong: the build fails before Astro
 * starts, with one line per problem naming the file, the field and what is allowed.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEVELS } from '../../src/schemas/document.ts';
import { loadTopics } from '../../src/collections/taxonomy.ts';
import { runBuild } from './commands.ts';

describe('npm run build with hand-made frontmatter mistakes', () => {
  it('fails with one message per problem naming file, field and allowed values', () => {
    const root = mkdtempSync(join(tmpdir(), 'build-errors-'));
    try {
      const content = join(root, 'content');
      mkdirSync(join(content, 'speeches'), { recursive: true });
      mkdirSync(join(content, 'reports'), { recursive: true });
      const name = readdirSync('content/speeches').sort()[0]!;
      const valid = readFileSync(join('content/speeches', name), 'utf8');
      const write = (path: string, from: RegExp, to: string) => {
        const text = valid.replace(from, to);
        expect(text, `${path}: the mistake was made`).not.toBe(valid);
        writeFileSync(join(content, path), text);
      };
      writeFileSync(join(content, 'speeches', 'good.mdx'), valid);
      write('speeches/level.mdx', /^level: .*$/m, 'level: 县级');
      write('speeches/year.mdx', /^year: .*$/m, 'year: 二〇二四');
      write('speeches/topic.mdx', /^topics:\n {2}- \S+$/m, 'topics:\n  - 代表工作');
      write('speeches/untitled.mdx', /^title: .*\n/m, '');
      write('reports/good.mdx', /^title: .*$/m, 'title: 同名文件');

      const dist = join(root, 'dist');
      const build = runBuild(content, dist);
      expect(build.status).toBe(1);
      const slugs = loadTopics().map((t) => t.slug).join(', ');
      const lines = build.stderr.split('\n').filter((l) => !l.startsWith('npm warn') && l.trim());
      expect(lines).toEqual([
        '内容检查未通过（5 处问题）：',
        `${content}/speeches/level.mdx: level: "县级" 不是可用的值；可用的值：${LEVELS.join(', ')}`,
        `${content}/speeches/topic.mdx: topics.0: "代表工作" 不是可用的值；可用的值：${slugs}`,
        `${content}/speeches/untitled.mdx: title: 缺少此项（必填，文本）`,
        `${content}/speeches/year.mdx: year: "二〇二四" 不是数字`,
        `${content}/reports/good.mdx: id: "good" 与 ${content}/speeches/good.mdx 的 id 相同；文档 id 不能重复，请把其中一个文件改名`,
      ]);
      expect(existsSync(dist), 'Astro did not start').toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
