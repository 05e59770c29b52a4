/**
 * Checks a .docx before it is unpacked in memory: streams every part of the ZIP and counts what it
 * unpacks to, stopping as soon as a limit is passed, so a decompression bomb (a small file that
 * unpacks to gigabytes of paragraphs) is refused without ever being held in memory. Also refuses
 * XML with a DOCTYPE (entity tricks, XXE): Word never writes one.
 */
import yauzl from 'yauzl';
import { IngestError } from '../errors.ts';

/** Limits on what a .docx may unpack to: far above any compilation of speeches (the seeds unpack to < 1 MB). */
export interface DocxLimits {
  /** Total bytes of all parts once unpacked. */
  bytes: number;
  /** Paragraphs (`<w:p>`) in the document body. */
  paragraphs: number;
  /** Parts (files) in the archive. */
  parts: number;
}

export const DOCX_LIMITS: DocxLimits = { bytes: 16 * 1024 * 1024, paragraphs: 50_000, parts: 2_000 };

const PARAGRAPH = /<w:p[\s>/]/g;
const DOCTYPE = /<!DOCTYPE/i;
/** Long enough to hold a tag split across two chunks. */
const CARRY = 16;

const count = (text: string) => text.match(PARAGRAPH)?.length ?? 0;
const tooLarge = (name: string, what: string) => new IngestError(name, {}, `解压后过大（${what}），未读取`);

/** A .docx that cannot be unpacked or read; the library's own words (`detail`) follow in parentheses. */
export const unreadableDocx = (name: string, detail: string) =>
  new IngestError(name, {}, `不是完好的 .docx 文件，可能已损坏或不完整（${detail}），未读取；请用 Word 打开并重新保存`);

/**
 * Resolves when the archive stays within `limits`; rejects with an IngestError naming the file
 * otherwise, or when it is not a readable ZIP.
 */
export function checkDocxArchive(name: string, bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true }, (error, zip) => {
      if (error) return reject(unreadableDocx(name, error.message));
      let total = 0;
      let parts = 0;
      let paragraphs = 0;
      let failed = false;
      const fail = (problem: IngestError) => {
        if (failed) return;
        failed = true;
        zip.close();
        reject(problem);
      };
      zip.on('error', (e: Error) => fail(unreadableDocx(name, e.message)));
      zip.on('end', () => failed || resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        if (++parts > limits.parts) return fail(tooLarge(name, `超过 ${limits.parts} 个部件`));
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e) return fail(unreadableDocx(name, e.message));
          const isXml = /\.(xml|rels)$/i.test(entry.fileName);
          const isBody = entry.fileName === 'word/document.xml';
          let tail = '';
          stream.on('data', (chunk: Buffer) => {
            if (failed) return;
            total += chunk.length;
            if (total > limits.bytes) {
              stream.destroy();
              return fail(tooLarge(name, `超过 ${limits.bytes / 1024 / 1024} MB`));
            }
            if (!isXml) return;
            // Tags are ASCII, so latin1 finds them whatever the text's encoding.
            const text = tail + chunk.toString('latin1');
            if (DOCTYPE.test(text)) {
              stream.destroy();
              return fail(new IngestError(name, {}, '含有 DOCTYPE 声明（Word 从不写入，可能是 XXE 攻击），未读取'));
            }
            if (isBody) {
              // Tags wholly inside the carried tail were counted with the previous chunk.
              paragraphs += count(text) - count(tail);
              if (paragraphs > limits.paragraphs) {
                stream.destroy();
                return fail(tooLarge(name, `超过 ${limits.paragraphs} 段`));
              }
            }
            tail = text.slice(-CARRY);
          });
          stream.on('error', (err: Error) => fail(unreadableDocx(name, err.message)));
          stream.on('end', () => failed || zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}
