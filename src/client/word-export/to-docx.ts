/**
 * A WordDocument as a .docx in the 公文 layout (layout.ts): the title in 方正小标宋简体 二号 centred,
 * subtitle and byline in 楷体, the body in 仿宋_GB2312 三号 with a 2-character first-line indent, first-
 * level headings in 黑体, second-level in 楷体, deeper ones in bold 仿宋, salutations (同志们：) at the
 * margin, the source lines at the end and the page number centred in the footer. Headings use Word's
 * heading styles, so the navigation pane shows the outline and a user can restyle them in one place.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IBaseParagraphStyleOptions,
} from 'docx';
import { isSalutation } from '../../ingest/text-predicates.ts';
import { FONTS, INDENT_TWIPS, PAGE_MM, SIZE_PT, halfPoints, lineTwips, mmToTwips } from './layout.ts';
import type { WordBlock, WordDocument } from './model.ts';

type Font = (typeof FONTS)[keyof typeof FONTS];

/** Run properties: a Chinese typeface with Times New Roman for Latin text, size in points, black. */
function run(font: Font, pt: number, bold = false): NonNullable<IBaseParagraphStyleOptions['run']> {
  return {
    font: { ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin, eastAsia: font },
    size: halfPoints(pt),
    sizeComplexScript: halfPoints(pt),
    bold,
    italics: false,
    color: '000000',
  };
}

const indented = { indent: { firstLine: INDENT_TWIPS, firstLineChars: 200 } } as const;
const centred = { alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 } } as const;

/** A heading style at outline level `outlineLevel` (0 = Heading 1). */
function headingStyle(outlineLevel: number, font: Font, bold = false): IBaseParagraphStyleOptions {
  return {
    run: run(font, SIZE_PT.sanhao, bold),
    paragraph: { ...indented, outlineLevel, keepNext: true, keepLines: true, spacing: { before: 0, after: 0 } },
  };
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/** The body's headings ranked from 0 (its topmost HTML level) and capped at Word's fourth level. */
function headingRanks(blocks: readonly WordBlock[]): (level: number) => number {
  const top = Math.min(...blocks.flatMap((b) => (b.kind === 'heading' ? [b.level] : [])));
  return (level) => Math.min(Math.max(level - top, 0), HEADINGS.length - 1);
}

const blank = () => new Paragraph({ text: '' });

/** The paragraphs of the document in reading order. */
function paragraphs(doc: WordDocument): Paragraph[] {
  const rank = headingRanks(doc.blocks);
  const head = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    ...(doc.subtitle ? [new Paragraph({ text: doc.subtitle, style: 'Byline' })] : []),
    ...(doc.byline ? [new Paragraph({ text: doc.byline, style: 'Byline' })] : []),
    blank(),
  ];
  const body = doc.blocks.map((block) => {
    if (block.kind === 'heading') return new Paragraph({ text: block.text, heading: HEADINGS[rank(block.level)] });
    // 同志们： and other salutations start at the margin (顶格), as speeches print them.
    return new Paragraph({ text: block.text, style: isSalutation(block.text) ? 'Salutation' : undefined });
  });
  const source = doc.source.length > 0 ? [blank(), ...doc.source.map((text) => new Paragraph({ text, style: 'Source' }))] : [];
  return [...head, ...body, ...source];
}

/** The page number as 公文 prints it: — 1 —, 宋体 四号, centred. */
function pageNumberFooter(): Footer {
  const number = new TextRun({
    children: ['— ', PageNumber.CURRENT, ' —'],
    font: { ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia: FONTS.pageNumber },
    size: halfPoints(SIZE_PT.sihao),
  });
  // Single line spacing: the body's fixed 29 pt line would push the number up into the type area.
  const spacing = { line: 240, lineRule: LineRuleType.AUTO };
  return new Footer({ children: [new Paragraph({ ...centred, spacing, children: [number] })] });
}

/** The Word document (docx's object model) for `doc`. */
export function toDocx(doc: WordDocument): Document {
  const line = lineTwips();
  return new Document({
    title: doc.title,
    // Word's 作者 and 最后修改者.
    creator: doc.publisher,
    lastModifiedBy: doc.publisher,
    styles: {
      default: {
        document: {
          run: { ...run(FONTS.body, SIZE_PT.sanhao), language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          paragraph: { ...indented, spacing: { line, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, alignment: AlignmentType.JUSTIFIED },
        },
        title: {
          run: run(FONTS.title, SIZE_PT.erhao),
          paragraph: centred,
        },
        heading1: headingStyle(0, FONTS.heading1),
        heading2: headingStyle(1, FONTS.heading2),
        heading3: headingStyle(2, FONTS.body, true),
        heading4: headingStyle(3, FONTS.body),
      },
      paragraphStyles: [
        { id: 'Byline', name: 'Byline', basedOn: 'Normal', next: 'Normal', run: run(FONTS.byline, SIZE_PT.sanhao), paragraph: centred },
        { id: 'Salutation', name: 'Salutation', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { firstLine: 0, firstLineChars: 0 } } },
        { id: 'Source', name: 'Source', basedOn: 'Normal', next: 'Normal', run: run(FONTS.body, SIZE_PT.sihao) },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwips(PAGE_MM.width), height: mmToTwips(PAGE_MM.height) },
            margin: {
              top: mmToTwips(PAGE_MM.top),
              bottom: mmToTwips(PAGE_MM.bottom),
              left: mmToTwips(PAGE_MM.left),
              right: mmToTwips(PAGE_MM.right),
              footer: mmToTwips(PAGE_MM.footer),
            },
          },
        },
        footers: { default: pageNumberFooter() },
        children: paragraphs(doc),
      },
    ],
  });
}

/** The .docx file for `doc` as a Blob (browser) – Packer.toBuffer gives the same bytes in Node. */
export function toDocxBlob(doc: WordDocument): Promise<Blob> {
  return Packer.toBlob(toDocx(doc));
}
