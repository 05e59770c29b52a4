/** Shared test fixtures: the seed corpus, the project's noise patterns, and file builders. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { parseNoise } from '../../../src/ingest/noise.ts';
import type { SourceFile } from '../../../src/ingest/types.ts';

const SOURCES = new URL('../../../content/sources/', import.meta.url);

/** The seed files' names, sorted. */
export const seedNames: string[] = readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).sort();

/** The text of the seed whose name starts with `prefix` (e.g. '003'). */
export function seed(prefix: string): string {
  const name = seedNames.find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(new URL(name, SOURCES), 'utf8');
}

/** Line `n` (1-based) of a seed. */
export function seedLine(prefix: string, n: number): string {
  return seed(prefix).split('\n')[n - 1]!;
}

/** The project's noise patterns (content/noise.yaml). */
export const noise = parseNoise(readFileSync(new URL('../../../content/noise.yaml', import.meta.url), 'utf8'));

/** A SourceFile for `bytes`. */
export function sourceFile(name: string, bytes: Uint8Array): SourceFile {
  return { name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** `text` encoded in GBK/GB18030/UTF-16 etc. (iconv-lite). */
export function encode(text: string, encoding: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding));
}

/**
 * A minimal .docx (deflated, as Word writes it) with one Word paragraph per entry of `paragraphs`;
 * `prolog` goes between document.xml's XML declaration and its root element (e.g. a DOCTYPE).
 */
export async function buildDocx(paragraphs: readonly string[], { prolog = '', xml = false }: { prolog?: string; xml?: boolean } = {}): Promise<Uint8Array> {
  // With `xml`, paragraphs are XML already (entity references and all), not text to escape.
  const escape = (s: string) => (xml ? s : s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?>${prolog}` +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`).join('') +
      '</w:body></w:document>',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
