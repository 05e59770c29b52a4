/**
 * Test helper: reads back a .docx the Word export wrote: its paragraphs with their style, the page
 * setup, and how a paragraph style looks once Word applies document defaults and basedOn styles.
 */
import JSZip from 'jszip';

/** A paragraph of word/document.xml: its style id ('Normal' when it names none) and its text. */
export interface DocxParagraph {
  style: string;
  text: string;
}

/** Formatting of a paragraph style as Word resolves it. */
export interface StyleLook {
  /** East Asian typeface (w:rFonts w:eastAsia). */
  font?: string;
  /** Size in points. */
  pt?: number;
  bold?: boolean;
  /** w:jc: 'center', 'both' … */
  align?: string;
  /** First-line indent in twips. */
  firstLine?: number;
  /** Line spacing in twips and its rule ('exact' …). */
  line?: number;
  lineRule?: string;
  outlineLevel?: number;
}

/** The opened .docx: paragraphs in order, styles.xml, and the section's page size and margins in twips. */
export interface DocxFile {
  paragraphs: DocxParagraph[];
  styles: string;
  page: Record<'width' | 'height' | 'top' | 'bottom' | 'left' | 'right', number>;
}

const attr = (xml: string, tag: string, name: string): string | undefined =>
  new RegExp(`<w:${tag}\\b[^>]*\\bw:${name}="([^"]*)"`, 'u').exec(xml)?.[1];
const num = (value: string | undefined) => (value === undefined ? undefined : Number(value));

/** Opens `bytes` as a .docx. */
export async function openDocx(bytes: Uint8Array): Promise<DocxFile> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const body = document.slice(0, document.lastIndexOf('<w:sectPr'));
  const paragraphs = [...body.matchAll(/<w:p\b(?:\/>|[^>]*>(.*?)<\/w:p>)/gsu)].map(([, inner = '']) => ({
    style: attr(inner, 'pStyle', 'val') ?? 'Normal',
    text: [...inner.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(''),
  }));
  const section = document.slice(document.lastIndexOf('<w:sectPr'));
  const page = {
    width: num(attr(section, 'pgSz', 'w'))!,
    height: num(attr(section, 'pgSz', 'h'))!,
    top: num(attr(section, 'pgMar', 'top'))!,
    bottom: num(attr(section, 'pgMar', 'bottom'))!,
    left: num(attr(section, 'pgMar', 'left'))!,
    right: num(attr(section, 'pgMar', 'right'))!,
  };
  return { paragraphs, styles, page };
}

/** The formatting one layer of properties (rPr + pPr XML) sets. */
function look(xml: string): StyleLook {
  const bold = /<w:b\b[^>]*\/>/u.exec(xml)?.[0];
  const entries: StyleLook = {
    font: attr(xml, 'rFonts', 'eastAsia'),
    pt: num(attr(xml, 'sz', 'val')) === undefined ? undefined : num(attr(xml, 'sz', 'val'))! / 2,
    bold: bold === undefined ? undefined : !/w:val="(false|0|off)"/u.test(bold),
    align: attr(xml, 'jc', 'val'),
    firstLine: num(attr(xml, 'ind', 'firstLine')),
    line: num(attr(xml, 'spacing', 'line')),
    lineRule: attr(xml, 'spacing', 'lineRule'),
    outlineLevel: num(attr(xml, 'outlineLvl', 'val')),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}

/** How paragraphs of style `id` look: document defaults, then the basedOn chain, then the style itself. */
export function styleLook(styles: string, id: string): StyleLook {
  const defaults = /<w:docDefaults>(.*?)<\/w:docDefaults>/su.exec(styles)?.[1] ?? '';
  const chain: string[] = [];
  for (let current: string | undefined = id; current; ) {
    const xml = new RegExp(`<w:style\\b[^>]*w:styleId="${current}"[^>]*>(.*?)</w:style>`, 'su').exec(styles)?.[1];
    if (!xml) break;
    chain.unshift(xml);
    current = attr(xml, 'basedOn', 'val');
  }
  return Object.assign({}, look(defaults), ...chain.map(look));
}
