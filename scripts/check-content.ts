/**
 * `npm run check:content [-- --content DIR]` (also the first step of `npm run build`): validates every document's
 * frontmatter and prints all problems, one per line, then exits 1 if there were any.
 * Reads the content folder named by CONTENT_DIR (default content/). The checks of unchanged files
 * are kept in .cache/content-check/ (one file per content folder) and not repeated
 * (src/collections/content-check-folder.ts).
 */
import { checkContentFolder } from '../src/collections/content-check-folder.ts';
import { contentDir } from '../src/collections/content-dir.ts';
import { EXIT_PROBLEMS, parseCommand, type CommandSpec } from './lib/cli.ts';

const CHECK_CONTENT = {
  name: 'npm run check:content --',
  summary: '检查每篇文档的元数据（frontmatter），一次列出全部问题。npm run build 会先运行它。',
  options: {
    content: { type: 'string', value: 'DIR', description: '内容文件夹，含 speeches/ 和 reports/（默认为环境变量 CONTENT_DIR，未设时 content）' },
  },
  notes: ['退出码：0 全部通过；1 有问题（逐条列出）；2 用法错误。'],
  examples: [
    ['npm run check:content', '检查 content/ 中的文档'],
    ['npm run check:content -- --content /tmp/kb', '检查另一个内容文件夹'],
  ],
} satisfies CommandSpec;

const { values } = parseCommand(CHECK_CONTENT);
process.env.CONTENT_DIR = values.content ?? contentDir();

const { documents, problems } = checkContentFolder();
if (problems.length) {
  console.error(`内容检查未通过（${problems.length} 处问题）：\n${problems.join('\n')}`);
  process.exit(EXIT_PROBLEMS);
}
console.log(`内容检查通过：${documents} 篇文档`);
