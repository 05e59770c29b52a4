/**
 * Hostile and broken input files through `npm run ingest`: each one is processed or refused with a
 * message naming it and the reason, the other files still become documents, nothing is written
 * outside the output folder, and a run killed while writing leaves no half-written document.
 * The README's "Bad input" table lists the same inputs and messages.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { checkContent } from '../../src/collections/content-check.ts';
import type { IngestReport } from '../../src/ingest/report.ts';
import { OVERRIDABLE_FIELDS } from '../../src/schemas/overrides.ts';
import { loadTopics } from '../../src/collections/taxonomy.ts';
import { runIngest } from './commands.ts';
import { isDocumentFile } from '../../src/collections/content-dir.ts';
import { buildDocx } from '../unit/helpers/fixtures.ts';

const SEED_FILE = 'content/sources/002_41cf74e07561e0d7.txt';
const slugs = loadTopics().map((t) => t.slug) as [string, ...string[]];

/** Every file below `dir`, relative, with its size and modification time. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else {
        const info = statSync(join(dir, rel));
        out.set(rel, `${info.size}:${info.mtimeMs}`);
      }
    }
  };
  walk('');
  return out;
}

/** The MDX documents of an output folder, as the content check and Astro's MDX parser read them. */
function documentsIn(out: string): { path: string; text: string }[] {
  return ['speeches', 'reports']
    .filter((c) => existsSync(join(out, c)))
    .flatMap((c) => readdirSync(join(out, c)).filter(isDocumentFile).map((f) => join(out, c, f)))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

/** Every document validates and parses as MDX; returns the problems. */
function invalidDocuments(out: string): string[] {
  const docs = documentsIn(out);
  const problems = checkContent(docs, slugs);
  for (const doc of docs) {
    try {
      unified().use(remarkParse).use(remarkMdx).parse(doc.text.replace(/^---\n[\s\S]*?\n---\n/, ''));
    } catch (error) {
      problems.push(`${doc.path}: ${(error as Error).message}`);
    }
  }
  return problems;
}

describe('hostile input files', () => {
  const root = mkdtempSync(join(tmpdir(), 'hostile-files-'));
  const input = join(root, 'in');
  const out = join(root, 'out');
  let run: ReturnType<typeof runIngest>;
  let report: IngestReport;
  let before: Map<string, string>;
  const projectBefore = snapshot('content');

  beforeAll(() => {
    mkdirSync(input);
    const seed = readFileSync(SEED_FILE, 'utf8');
    const article = seed.split('\n').slice(0, 40).join('\n');
    const utf8 = Buffer.from(article, 'utf8');
    const half = article.length >> 1;
    const files: Record<string, string | Uint8Array> = {
      'good.txt': seed,
      'invalid-utf8.txt': Buffer.concat([utf8.subarray(0, 300), Buffer.from([0xff, 0xfe, 0xc3]), utf8.subarray(300)]),
      'mixed-encodings.txt': Buffer.concat([Buffer.from(article.slice(0, half), 'utf8'), iconv.encode(article.slice(half), 'gbk')]),
      'nul-bytes.txt': Buffer.concat([utf8.subarray(0, 200), Buffer.from([0, 0, 0]), utf8.subarray(200)]),
      'huge.txt': Buffer.alloc(50 * 1024 * 1024, Buffer.from('人大代表依法履职。\n')),
      'one-line.txt': `关于加强乡镇人大工作的讲话\n${'人大代表依法履职，监督工作扎实推进。'.repeat(Math.ceil((1024 * 1024) / 57))}\n`,
      'crlf.txt': article.replace(/\n/g, '\r\n'),
      'lone-cr.txt': article.replace(/\n/g, '\r'),
      'empty.txt': '',
      'whitespace.txt': ' \n\t\n\u3000\n',
      'scan.pdf.txt': Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), Buffer.alloc(64)]),
      'photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      'not-a-zip.docx': '这其实是一个改了扩展名的文本文件。\n',
      'broken-zip.docx': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]),
      '带 空格 的 文件.txt': article,
      '中文名称.txt': article,
      '..evil.txt': article,
      'a..b.txt': article,
      [`x; $(touch HACKED) \`touch HACKED2\` | & 'q" *.txt`]: article,
      'copy-1.txt': article,
      'copy-2.txt': article,
      'out-of-order.txt':
        '第三篇：关于代表工作的讲话\n代表工作是人大工作的基础。要密切联系群众。\n第一篇：关于监督工作的讲话\n监督工作要依法进行。要增强实效。\n' +
        '第二篇：关于选举工作的讲话\n选举工作要严格依法。要保障权利。\n第二篇：关于选举工作的讲话（重复编号）\n重复编号的文章也要保留。\n',
    };
    for (const [name, data] of Object.entries(files)) writeFileSync(join(input, name), data);
    before = snapshot(root);
    // The input folder named through `..` segments, as a script in another folder might.
    run = runIngest(join(input, '..', 'in'), '--out', out);
    report = JSON.parse(readFileSync(join(out, 'ingest-report.json'), 'utf8'));
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses each unreadable file with a message naming it, the place and the reason, and exits 1', () => {
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      '拒收 broken-zip.docx: 不是完好的 .docx 文件，可能已损坏或不完整（End of central directory record signature not found. Either not a zip file, or file is truncated.），未读取；请用 Word 打开并重新保存',
      '拒收 empty.txt: 空文件（0 字节），没有可导入的内容',
      '拒收 huge.txt: 文件过大（50.0 MB，上限 20.0 MB），未读取',
      '拒收 invalid-utf8.txt: 第 2 行（文件第 299 个字节）：不是有效的 UTF-8、UTF-16 或 GB18030 文本（可能混用了编码或已损坏），未读取；请把它另存为 UTF-8 或 GB18030 编码再导入',
      '拒收 mixed-encodings.txt: 第 11 行（文件第 4928 个字节）：不是有效的 UTF-8、UTF-16 或 GB18030 文本（可能混用了编码或已损坏），未读取；请把它另存为 UTF-8 或 GB18030 编码再导入',
      '拒收 not-a-zip.docx: 文件开头：不是 .docx 文件（不是 ZIP 压缩格式），未读取',
      '拒收 nul-bytes.txt: 第 2 行（文件第 201 个字节）：含有空字节（NUL），是二进制文件而不是文本，未读取',
      '拒收 photo.txt: 文件开头：不是文本文件，而是 PNG 图片，未读取',
      '拒收 scan.pdf.txt: 文件开头：不是文本文件，而是 PDF 文档，未读取',
      '拒收 whitespace.txt: 只有空白字符，没有可导入的内容',
    ]);
  });

  it('still turns every readable file into documents, whatever its name or line endings', () => {
    const made = Object.fromEntries(report.inputs.filter((i) => !i.error).map((i) => [i.file, i.documents.length]));
    expect(made).toEqual({
      '..evil.txt': 1,
      'a..b.txt': 1,
      'copy-1.txt': 1,
      'copy-2.txt': 1,
      'crlf.txt': 1,
      'good.txt': 1,
      'lone-cr.txt': 1,
      'one-line.txt': 1,
      'out-of-order.txt': 4,
      [`x; $(touch HACKED) \`touch HACKED2\` | & 'q" *.txt`]: 1,
      '中文名称.txt': 1,
      '带 空格 的 文件.txt': 1,
    });
    expect(invalidDocuments(out)).toEqual([]);
    // Ids (file names, URLs) are ASCII, whatever the source file was called.
    for (const doc of documentsIn(out)) expect(relative(out, doc.path)).toMatch(/^(speeches|reports)\/[a-z0-9-]+\.md$/);
  });

  it('reads CRLF and lone-CR files as the same text, and flags identical files as duplicates of one', () => {
    const byFile = (file: string) => report.documents.find((d) => d.id === report.inputs.find((i) => i.file === file)!.documents[0])!;
    const crlf = byFile('crlf.txt');
    const cr = byFile('lone-cr.txt');
    const plain = byFile('copy-1.txt');
    expect([crlf.title, cr.title]).toEqual([plain.title, plain.title]);
    const canonical = new Set(['crlf.txt', 'lone-cr.txt', 'copy-1.txt', 'copy-2.txt', '中文名称.txt'].map((f) => byFile(f).duplicateOf ?? byFile(f).id));
    expect(canonical.size).toBe(1);
  });

  it('keeps the articles of a compilation whose markers are out of order, in file order', () => {
    const ids = report.inputs.find((i) => i.file === 'out-of-order.txt')!.documents;
    const titles = ids.map((id) => report.documents.find((d) => d.id === id)!.title);
    expect(titles).toEqual(['关于代表工作的讲话', '关于监督工作的讲话', '关于选举工作的讲话', '关于选举工作的讲话（重复编号）']);
  });

  it('writes nothing outside the output folder and runs nothing named in a file name', () => {
    const after = snapshot(root);
    const changed = [...after.keys()].filter((p) => after.get(p) !== before.get(p) && !p.startsWith(`out/`));
    expect(changed).toEqual([]);
    expect(snapshot('content')).toEqual(projectBefore);
    expect(existsSync('HACKED') || existsSync('HACKED2') || existsSync(join(input, 'HACKED'))).toBe(false);
  });
});

/**
 * Runs the ingest CLI as the unprivileged user `nobody` (tests run as root, who may read a mode-000
 * file) and resolves with its exit code, output and peak memory (VmHWM, polled from /proc).
 */
function runIngestAsNobody(...args: string[]): Promise<{ status: number | null; stderr: string; peakRss: number }> {
  return new Promise((resolve) => {
    const child = spawn('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, 'scripts/ingest.ts', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakRss = 0;
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setInterval(() => {
      const status = existsSync(`/proc/${child.pid}/status`) ? readFileSync(`/proc/${child.pid}/status`, 'utf8') : '';
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
      if (hwm) peakRss = Math.max(peakRss, Number(hwm[1]) * 1024);
    }, 50);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, stderr, peakRss });
    });
  });
}

describe('files that used to end the whole run (bomb, FIFO, 2 GiB, unreadable, XXE, only markers)', () => {
  const root = mkdtempSync(join(tmpdir(), 'hostile-run-'));
  const input = join(root, 'in');
  const out = join(root, 'out');
  let run: Awaited<ReturnType<typeof runIngestAsNobody>>;

  beforeAll(async () => {
    mkdirSync(input);
    mkdirSync(out);
    chmodSync(root, 0o755);
    chmodSync(out, 0o777);
    writeFileSync(join(input, 'good.txt'), readFileSync(SEED_FILE));
    // 100 MB of paragraphs packed into a few hundred KB.
    writeFileSync(join(input, 'bomb.docx'), await buildDocx(new Array(1_700_000).fill('人大代表依法履职。')));
    writeFileSync(
      join(input, 'xxe.docx'),
      await buildDocx(['&xxe;'], { prolog: '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', xml: true }),
    );
    writeFileSync(join(input, 'markers.txt'), '第一篇：\n第二篇：\n第三篇：\n');
    writeFileSync(join(input, 'locked.txt'), readFileSync(SEED_FILE));
    chmodSync(join(input, 'locked.txt'), 0o000);
    writeFileSync(join(input, 'sparse.txt'), '');
    truncateSync(join(input, 'sparse.txt'), 2.5 * 1024 ** 3);
    execFileSync('mkfifo', [join(input, 'pipe.txt')]);
    // Files named one by one, as a user would: a FIFO named directly used to hang the run.
    const names = ['bomb.docx', 'good.txt', 'locked.txt', 'markers.txt', 'pipe.txt', 'sparse.txt', 'xxe.docx'];
    run = await runIngestAsNobody(...names.map((n) => join(input, n)), '--out', out, '--no-cache');
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses each with one 拒收 line in Chinese, naming it and the reason, and exits 1', () => {
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      '拒收 bomb.docx: 解压后过大（超过 50000 段），未读取',
      '拒收 locked.txt: 没有读取权限，未读取（请检查文件权限）',
      '拒收 markers.txt: 只有文章标记（如“第一篇：”），没有标题和正文，未生成文档',
      '拒收 pipe.txt: 不是普通文件（命名管道），未读取',
      '拒收 sparse.txt: 文件过大（2560.0 MB，上限 20.0 MB），未读取',
      '拒收 xxe.docx: 含有 DOCTYPE 声明（Word 从不写入，可能是 XXE 攻击），未读取',
    ]);
  });

  it('still writes the good file and the report, within 1 GiB of memory', () => {
    const report: IngestReport = JSON.parse(readFileSync(join(out, 'ingest-report.json'), 'utf8'));
    expect(report.inputs.find((i) => i.file === 'good.txt')!.documents).toHaveLength(1);
    expect(documentsIn(out)).toHaveLength(1);
    expect(run.peakRss).toBeGreaterThan(0);
    expect(run.peakRss).toBeLessThan(1024 ** 3);
  });
});

describe('a broken overrides.yaml', () => {
  it('stops the run with one Chinese line per problem naming the file and the place, and no stack trace', () => {
    const root = mkdtempSync(join(tmpdir(), 'hostile-overrides-'));
    try {
      const overrides = join(root, 'overrides.yaml');
      const cases: Array<[string, string]> = [
        ['doc-01:\n  topics: [township, deputies\n', `${overrides}: 第 3 行第 1 列：YAML 写法有误（BAD_INDENT），无法读取；请检查缩进、冒号和括号`],
        ['doc-01: 5\n', `${overrides}: doc-01: 5：应当是字段的映射（如 level: county）`],
        [
          'doc-01:\n  level: city\n  source: null\n',
          [
            `${overrides}: doc-01.level: "city" 不是可用的值；可用的值：province, prefecture, county, township, unknown`,
            `${overrides}: doc-01: 不认识的字段 "source"；可以修改的字段：${OVERRIDABLE_FIELDS.join(', ')}`,
          ].join('\n'),
        ],
      ];
      for (const [yaml, message] of cases) {
        writeFileSync(overrides, yaml);
        const run = runIngest(SEED_FILE, '--out', join(root, 'out'), '--overrides', overrides, '--no-cache');
        expect(run.status).toBe(1);
        expect(run.stderr.trim()).toBe(message);
        expect(existsSync(join(root, 'out'))).toBe(false);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('an ingest run killed while writing', () => {
  it('leaves every written document whole, and the next run completes it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'hostile-kill-'));
    const corpus = join(root, 'corpus');
    const out = join(root, 'out');
    try {
      const gen = await new Promise<number>((resolve) =>
        spawn(process.execPath, ['scripts/corpus-generate.ts', '--docs', '2000', '--out', corpus], { stdio: 'ignore' }).on('exit', resolve),
      );
      expect(gen).toBe(0);
      const child = spawn(process.execPath, ['scripts/ingest.ts', corpus, '--out', out], { stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      // Kill as soon as the first document appears: the run is then in the middle of writing.
      let written = 0;
      while (child.exitCode === null) {
        written = documentsIn(out).length;
        if (written > 0) {
          child.kill('SIGKILL');
          break;
        }
        await new Promise((r) => setTimeout(r, 2));
      }
      await exited;
      expect(child.signalCode, 'the run finished before it could be killed').toBe('SIGKILL');
      const killed = documentsIn(out);
      expect(killed.length).toBeGreaterThan(0);
      expect(invalidDocuments(out)).toEqual([]);

      const temps = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp'));
      const leftover = temps(out).length;
      const rerun = runIngest(corpus, '--out', out);
      expect(rerun.status, rerun.stderr).toBe(0);
      const complete = new Map(documentsIn(out).map((d) => [d.path, d.text]));
      expect(complete.size).toBeGreaterThan(killed.length);
      // What the killed run wrote is exactly what a complete run writes: old or new, never partial.
      for (const doc of killed) expect(doc.text, doc.path).toBe(complete.get(doc.path));
      // A temporary file the kill left behind is cleared by the next run.
      expect(temps(out)).toEqual([]);
      console.log(`killed ingest: ${killed.length} of ${complete.size} documents written before SIGKILL, all whole; ${leftover} temporary files left, cleared by the rerun`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 600_000);
});
