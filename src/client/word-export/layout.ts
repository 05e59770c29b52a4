/**
 * The 公文 layout the Word download follows (GB/T 9704-2012 党政机关公文格式): A4 page and margins,
 * fonts and sizes (号) of title, headings and body, fixed line spacing, 2-character first-line indent.
 */

/** Chinese type sizes in points: 二号, 三号, 四号. */
export const SIZE_PT = { erhao: 22, sanhao: 16, sihao: 14 } as const;

/** Typefaces as Word and WPS name them; Latin letters and digits use Times New Roman. */
export const FONTS = {
  latin: 'Times New Roman',
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  /** Subtitle and byline under the title. */
  byline: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/**
 * A4 in millimetres and the margins of GB/T 9704 (天头 37 mm, 订口 28 mm); `footer` is the page
 * number's distance from the bottom edge, so that it sits about 7 mm below the type area.
 */
export const PAGE_MM = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26, footer: 22 } as const;

/** Lines per page of GB/T 9704: 22 lines of 三号 text fill the type area. */
export const LINES_PER_PAGE = 22;

/** Twentieths of a point per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips (1/20 pt), rounded. */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Fixed line height in twips: the type area's height shared by 22 lines (≈ 28.95 pt), rounded down so 22 lines fit. */
export function lineTwips(): number {
  return Math.floor(((PAGE_MM.height - PAGE_MM.top - PAGE_MM.bottom) * TWIPS_PER_MM) / LINES_PER_PAGE);
}

/** Points to Word's half-points (w:sz). */
export function halfPoints(pt: number): number {
  return pt * 2;
}

/** Two characters of 三号 text, the first-line indent of body paragraphs and headings, in twips. */
export const INDENT_TWIPS = 2 * SIZE_PT.sanhao * 20;
