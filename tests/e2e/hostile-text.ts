/**
 * Generators of hostile text for the property tests of text → ingest → MDX → build → HTML, and the
 * "cleaned" text a reader must see for it.
 *
 * A generated paragraph mixes Chinese, Latin, digits, MDX/JSX/HTML/Markdown syntax, entities, emoji,
 * CJK Extension B, whitespace, and zero-width / bidi / private-use characters. It avoids only what
 * the clean and structure stages are specified to act on (watermark and ad patterns of
 * content/noise.yaml, pinyin annotations, glued page numbers, heading numbering such as 一、 at the start,
 * salutations): those have their own tests. Every paragraph ends with 。 so it stays a paragraph.
 */
import fc from 'fast-check';

/** Characters the clean stage removes (zero-width, bidi controls, BOM, soft hyphen, private use). */
export const INVISIBLE_CHARS = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2060', '\u2066', '\u2069', '\ufeff', '\u00ad', '\ue003', '\u{f0001}'];

/** A run of removed characters; between two letters or digits it leaves a space (为指导\ue003努力 → 为指导 努力). */
const INVISIBLE_RUN = new RegExp(`[${INVISIBLE_CHARS.join('')}]+`, 'gu');
const WORD = /[\p{L}\p{N}]/u;

/**
 * What a reader must see for a generated text: the invisible characters removed as specified,
 * whitespace collapsed (HTML renders any run of whitespace as one space) and trimmed.
 */
export function cleaned(text: string): string {
  const removed = text.replace(INVISIBLE_RUN, (_run, offset: number, whole: string) =>
    WORD.test(whole[offset - 1] ?? '') && WORD.test(whole[offset + _run.length] ?? '') ? ' ' : '',
  );
  return normalizeSpace(removed);
}

/** Collapses whitespace runs to one space and trims: the comparison is made on both sides after it. */
export const normalizeSpace = (text: string) => text.replace(/\s+/gu, ' ').trim();

const CHINESE = ['人大代表', '常委会', '依法履职', '乡镇人大', '监督工作', '调查研究', '主任会议', '选举', '审议意见', '群众', '的', '了', '和'];
const LATIN = ['MDX', 'Astro', 'hello', 'World', 'x', 'NaN', 'undefined', 'null', 'true', 'constructor', '__proto__'];
/** Digits are never alone between spaces and Han (that is a glued page number, removed by design). */
const DIGITS = ['2024', '10086', '3.1415', '0x1F', '1e9', '９９９９'];
const PUNCTUATION = ['，', '；', '：', '“', '”', '《', '》', '、', '—', '…', '(', ')', '!', '?', '"', "'", ',', '.', '/', '|', '~', '^', '%', '@', '+', '='];

/** MDX expressions and ESM, JSX, HTML, Markdown and entity syntax: text that must stay text. */
export function syntaxTokens(canaryFile: string): string[] {
  const write = `process.getBuiltinModule('node:fs').writeFileSync('${canaryFile}', 'pwned')`;
  return [
    '{process.exit(1)}',
    `{${write}}`,
    '{globalThis.__pwned=1}',
    '{/* comment */}',
    '{',
    '}',
    '}{',
    '<script>window.__pwned=1;alert(1)</script>',
    '<script src="http://127.0.0.1:9/x.js"></script>',
    '<img src=x onerror="window.__pwned=1;alert(2)">',
    '<svg onload=alert(3)>',
    '<iframe src="javascript:alert(4)"></iframe>',
    '<a href="javascript:alert(5)">点我</a>',
    '</p>',
    '</div>',
    '<div>',
    '<br/>',
    '<>',
    '</>',
    '<!-- 注释 -->',
    '<Content />',
    '<Fragment set:html="<b>x</b>" />',
    'import x from "y"',
    `import fs from 'node:fs'`,
    `export const pwned = ${write}`,
    'export default function () {}',
    '`code`',
    '```',
    '~~~',
    '$x$',
    '$$',
    '${1+1}',
    '\\',
    '\\n',
    '\\{',
    '*',
    '**粗体**',
    '_',
    '__init__',
    '#',
    '## 不是标题',
    '>',
    '> 不是引用',
    '- 不是列表',
    '1. 不是列表',
    '[链接](javascript:alert(6))',
    '![图](x.png)',
    '[^1]',
    '| a | b |',
    '---',
    '===',
    ':::',
    '&amp;',
    '&lt;script&gt;',
    '&#x41;',
    '&#0;',
    '&nbsp;',
    '&copy',
    'http://127.0.0.1/',
  ];
}

const SPECIAL = ['😀', '👨‍👩‍👧', '🇨🇳', '𠀀', '𠮷', '𪚥', '\u00a0', '\u3000', '\t', 'é', 'ﬁ', '\u0301'];

/** One token of hostile text. */
function token(canaryFile: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...CHINESE) },
    { weight: 2, arbitrary: fc.constantFrom(...LATIN) },
    { weight: 1, arbitrary: fc.constantFrom(...DIGITS) },
    { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
    { weight: 4, arbitrary: fc.constantFrom(...syntaxTokens(canaryFile)) },
    { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
    { weight: 2, arbitrary: fc.constantFrom(...INVISIBLE_CHARS) },
  );
}

/** A paragraph: hostile tokens, some separated by spaces, always ending a sentence with 。. */
export function paragraph(canaryFile: string): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(token(canaryFile), fc.constantFrom('', '', '', ' ')), { minLength: 1, maxLength: 12 })
    .map((parts) => `${parts.map(([t, sep]) => t + sep).join('')}。`);
}

/** A title: a Chinese head (so it reads as a title) followed by hostile tokens. */
export function title(canaryFile: string): fc.Arbitrary<string> {
  return fc
    .array(token(canaryFile).filter((t) => !/[()（）]/u.test(t)), { minLength: 1, maxLength: 5 })
    .map((parts) => `关于依法履职的讲话${parts.join('')}`);
}

/** A document: its title and its body paragraphs. */
export interface HostileDocument {
  title: string;
  paragraphs: string[];
}

/** A plain sentence every document starts with, so header detection (byline, salutation) has a body to find. */
export const OPENING = '这是用于检验转义的正文第一段，内容不代表任何真实材料。';

/** Several documents, built together in one site build. */
export function documents(canaryFile: string, { perBuild = 6, paragraphs = 12 } = {}): fc.Arbitrary<HostileDocument[]> {
  return fc.array(
    fc.record({ title: title(canaryFile), paragraphs: fc.array(paragraph(canaryFile), { minLength: 1, maxLength: paragraphs }) }),
    { minLength: 1, maxLength: perBuild },
  );
}

/** The raw .txt a user would ingest for a document: title line, opening sentence, one paragraph per line. */
export function rawText(doc: HostileDocument): string {
  return [doc.title, OPENING, ...doc.paragraphs].join('\n') + '\n';
}
