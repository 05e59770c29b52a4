import { describe, expect, it } from 'vitest';
import { decode, normalizeLineEndings } from '../../../src/ingest/decode.ts';
import { IngestError } from '../../../src/ingest/errors.ts';
import { buildDocx, encode, seed, sourceFile } from '../helpers/fixtures.ts';

/** Real text from seed 003 (a speech with a dateline), used in every encoding. */
const TEXT = seed('003').split('\n').slice(1, 4).join('\n');
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** The IngestError decode throws for `name` and `bytes`. */
async function failure(name: string, bytes: Uint8Array): Promise<IngestError> {
  const error = await decode(sourceFile(name, bytes)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe('decode .txt encodings', () => {
  it('reads UTF-8 without BOM', async () => {
    expect(await decode(sourceFile('a.txt', utf8(TEXT)))).toMatchObject({ text: TEXT, encoding: 'utf-8', traditional: false });
  });

  it('reads UTF-8 with BOM and drops the BOM', async () => {
    const decoded = await decode(sourceFile('a.txt', concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(TEXT))));
    expect(decoded).toMatchObject({ text: TEXT, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with BOM', async () => {
    const le = concat(new Uint8Array([0xff, 0xfe]), encode(TEXT, 'utf-16le'));
    const be = concat(new Uint8Array([0xfe, 0xff]), encode(TEXT, 'utf-16be'));
    expect(await decode(sourceFile('le.txt', le))).toMatchObject({ text: TEXT, encoding: 'utf-16le' });
    expect(await decode(sourceFile('be.txt', be))).toMatchObject({ text: TEXT, encoding: 'utf-16be' });
  });

  it('recognizes UTF-16 without BOM by its NUL bytes', async () => {
    const text = `2024年工作要点\n${TEXT}`;
    expect(await decode(sourceFile('le.txt', encode(text, 'utf-16le')))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(await decode(sourceFile('be.txt', encode(text, 'utf-16be')))).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('detects GBK text (it is not valid UTF-8)', async () => {
    const decoded = await decode(sourceFile('gbk.txt', encode(TEXT, 'gbk')));
    expect(decoded).toMatchObject({ text: TEXT, encoding: 'gb18030' });
  });

  it('detects short GBK text that happens to be valid UTF-8', async () => {
    // 同志 is CD AC D6 BE in GBK: two valid two-byte UTF-8 sequences (Greek and Hebrew letters).
    const text = '同志席省委';
    expect(await decode(sourceFile('gbk.txt', encode(text, 'gbk')))).toMatchObject({ text, encoding: 'gb18030' });
  });

  it('detects GB18030 text with four-byte characters', async () => {
    const text = `${TEXT}\n㐀€`; // U+3400 and the euro sign need four-byte / extended GB18030 sequences
    expect(await decode(sourceFile('gb.txt', encode(text, 'gb18030')))).toMatchObject({ text, encoding: 'gb18030' });
  });

  it('detects Traditional text in GBK (characters outside GB2312) and converts it', async () => {
    const decoded = await decode(sourceFile('big.txt', encode('鄉鎮人民代表大會常務委員會關於加強代表工作的報告', 'gbk')));
    expect(decoded).toMatchObject({ text: '乡镇人民代表大会常务委员会关于加强代表工作的报告', encoding: 'gb18030', traditional: true });
  });

  it('normalizes CRLF and lone CR line endings', async () => {
    const decoded = await decode(sourceFile('a.txt', utf8('同志们：\r\n第一行\r第二行\n')));
    expect(decoded.text).toBe('同志们：\n第一行\n第二行\n');
    expect(normalizeLineEndings('a\r\n\rb')).toBe('a\n\nb');
  });
});

describe('decode Traditional Chinese', () => {
  it('converts Traditional text to Simplified', async () => {
    const decoded = await decode(sourceFile('t.txt', utf8('鎮人民代表大會常務委員會關於加強鄉鎮人大工作的意見')));
    expect(decoded).toMatchObject({ text: '镇人民代表大会常务委员会关于加强乡镇人大工作的意见', traditional: true });
  });

  it('converts Traditional text in GBK-incompatible UTF-16 as well', async () => {
    const bytes = concat(new Uint8Array([0xff, 0xfe]), encode('鄉鎮人大主席團會議記錄', 'utf-16le'));
    expect((await decode(sourceFile('t.txt', bytes))).text).toBe('乡镇人大主席团会议记录');
  });

  it('never alters Simplified text, even with a stray Traditional form in it', async () => {
    const text = `${seed('002')}後`;
    expect(await decode(sourceFile('s.txt', utf8(text)))).toMatchObject({ text, traditional: false });
  });
});

describe('decode .docx', () => {
  it('reads one line per Word paragraph', async () => {
    const bytes = await buildDocx(['在全县乡镇人大主席座谈会上的讲话', '同志们：', '一、深入领会《若干意见》提出的三条原则']);
    expect(await decode(sourceFile('a.docx', bytes))).toMatchObject({
      text: '在全县乡镇人大主席座谈会上的讲话\n同志们：\n一、深入领会《若干意见》提出的三条原则\n',
      encoding: 'docx',
    });
  });

  it('converts a Traditional .docx to Simplified', async () => {
    const bytes = await buildDocx(['鄉鎮人大工作經驗交流會上的講話']);
    expect((await decode(sourceFile('t.docx', bytes))).text.trim()).toBe('乡镇人大工作经验交流会上的讲话');
  });

  it('rejects a .docx without text', async () => {
    expect((await failure('blank.docx', await buildDocx(['', '  ']))).message).toBe('blank.docx: 文档里没有文字，没有可导入的内容');
  });

  it('rejects a .docx that is not a ZIP archive', async () => {
    const error = await failure('content/sources/x.docx', utf8('同志们：这不是Word文件'));
    expect(error.message).toBe('content/sources/x.docx: 文件开头：不是 .docx 文件（不是 ZIP 压缩格式），未读取');
  });

  it('rejects a legacy .doc renamed .docx', async () => {
    const error = await failure('x.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(error.reason).toBe('不是 .docx 文件，而是 Office 97–2003 旧格式文档（如 .doc；请在 Word 中另存为 .docx），未读取');
  });

  it('rejects a ZIP archive without a Word document', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    const error = await failure('x.docx', await zip.generateAsync({ type: 'uint8array' }));
    expect(error.reason).toMatch(/^不是完好的 \.docx 文件，可能已损坏或不完整（.+），未读取；请用 Word 打开并重新保存$/);
  });
});

describe('decode bad input', () => {
  it('names file, line and byte of text that no encoding reads', async () => {
    // Valid UTF-8 with one stray byte sequence that is not GB18030-like text either.
    const bytes = concat(utf8('第一行正常的文字\n第二行'), new Uint8Array([0xff, 0xfe, 0xfd]), utf8('结束\n'));
    const error = await failure('content/sources/x.txt', bytes);
    expect(error.place).toEqual({ line: 2, byte: 34 });
    expect(error.message).toBe('content/sources/x.txt: 第 2 行（文件第 35 个字节）：不是有效的 UTF-8、UTF-16 或 GB18030 文本（可能混用了编码或已损坏），未读取；请把它另存为 UTF-8 或 GB18030 编码再导入');
  });

  it('names the damaged line of a GBK file', async () => {
    const good = encode('同志们：\n今天召开人大工作会议。\n', 'gbk');
    const bytes = concat(good, new Uint8Array([0xb9, 0xa4, 0xff, 0xd7, 0xf7]), encode('\n结束。\n', 'gbk'));
    const error = await failure('gbk.txt', bytes);
    expect(error.place).toEqual({ line: 3, byte: good.length + 2 });
  });

  it('does not mistake UTF-8 with one broken byte for GBK', async () => {
    const bytes = concat(utf8(TEXT), new Uint8Array([0xe4, 0xb8]), utf8('\n'));
    const error = await failure('x.txt', bytes);
    expect(error.reason).toBe('不是有效的 UTF-8、UTF-16 或 GB18030 文本（可能混用了编码或已损坏），未读取；请把它另存为 UTF-8 或 GB18030 编码再导入');
    expect(error.place.byte).toBe(utf8(TEXT).length);
  });

  it('rejects bytes without a known signature that read as no text', async () => {
    const noise = new Uint8Array(512).map((_, i) => (i * 131 + 7) % 256 | 0x80);
    expect((await failure('r.txt', noise)).reason).toBe('不是有效的 UTF-8、UTF-16 或 GB18030 文本（可能混用了编码或已损坏），未读取；请把它另存为 UTF-8 或 GB18030 编码再导入');
  });

  it('rejects a NUL byte', async () => {
    const error = await failure('x.txt', concat(utf8('同志们：\n正文'), new Uint8Array([0]), utf8('继续')));
    expect(error.message).toBe('x.txt: 第 2 行（文件第 20 个字节）：含有空字节（NUL），是二进制文件而不是文本，未读取');
    expect(error.place).toEqual({ line: 2, byte: 19 });
  });

  it('names the first bad byte of a file whose BOM says UTF-8, and a UTF-16 file cut in the middle of a character', async () => {
    const bom = concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('同志们：\n正文'), new Uint8Array([0xff]), utf8('继续'));
    expect((await failure('bom.txt', bom)).message).toBe(
      'bom.txt: 第 2 行（文件第 23 个字节）：开头标明是 UTF-8（有 BOM），但不是有效的 UTF-8 文本，未读取；请把它另存为 UTF-8 或 GB18030 编码再导入',
    );
    const odd = concat(new Uint8Array([0xff, 0xfe]), encode('同志们：', 'utf-16le'), new Uint8Array([0x41]));
    expect((await failure('odd.txt', odd)).message).toBe(
      'odd.txt: 看起来是 UTF-16LE 文本，但不是有效的 UTF-16LE（字节数为奇数或有不成对的代理项），未读取；请把它另存为 UTF-8 或 GB18030 编码再导入',
    );
  });

  it('rejects text that is mostly control characters as binary', async () => {
    expect((await failure('c.txt', utf8(`同志们${'\x01'.repeat(10)}`))).message).toBe('c.txt: 按 utf-8 编码读出 10 个控制字符，是二进制文件而不是文本，未读取');
  });

  it('rejects PDF and PNG files renamed .txt', async () => {
    expect((await failure('a.txt', utf8('%PDF-1.7\n1 0 obj'))).message).toBe('a.txt: 文件开头：不是文本文件，而是 PDF 文档，未读取');
    expect((await failure('b.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).reason).toBe(
      '不是文本文件，而是 PNG 图片，未读取',
    );
  });

  it('rejects empty and whitespace-only files', async () => {
    expect((await failure('a.txt', new Uint8Array())).message).toBe('a.txt: 空文件（0 字节），没有可导入的内容');
    expect((await failure('b.txt', utf8(' \n\r\n\t'))).message).toBe('b.txt: 只有空白字符，没有可导入的内容');
  });

  it('rejects oversized files before reading them', async () => {
    const error = await decode(sourceFile('big.txt', new Uint8Array(3 * 1024 * 1024)), { maxBytes: 2 * 1024 * 1024 }).catch((e: unknown) => e);
    expect((error as IngestError).message).toBe('big.txt: 文件过大（3.0 MB，上限 2.0 MB），未读取');
  });

  it('rejects unsupported file types', async () => {
    expect((await failure('a.pdf', utf8('x'))).reason).toBe('不支持的文件类型“.pdf”（只能导入 .txt 或 .docx），未读取');
  });
});
