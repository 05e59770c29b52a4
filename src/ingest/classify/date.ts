/** Reads explicit datelines: 2024年9月8日, 2024年4月, 二Ｏ一Ｏ年十一月八日, 2010.11.8. */

/** A date as written in a dateline, normalized. */
export interface StatedDate {
  year: number;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** The dateline text that was read. */
  text: string;
}

/** Chinese numerals as written digit by digit in years (二Ｏ一Ｏ): zero has many look-alikes. */
const DIGIT: Record<string, number> = {};
for (const zero of '〇○零ＯOoО0') DIGIT[zero] = 0;
[...'一二三四五六七八九'].forEach((c, i) => (DIGIT[c] = i + 1));
const CN_DIGIT = `[${Object.keys(DIGIT).join('')}]`;
const SMALL = '(?:\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';

const CN_DATE = new RegExp(
  `((?:[12]\\d{3})|(?:[一二]${CN_DIGIT}{3}))\\s*年(?:\\s*(${SMALL})\\s*月(?:\\s*(${SMALL})\\s*[日号])?)?`,
  'u',
);
const DOTTED_DATE = /([12]\d{3})[.．/-](\d{1,2})(?:[.．/-](\d{1,2}))?/u;

/** Full-width digits to ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** 二Ｏ一Ｏ → 2010 (digit by digit); 2024 → 2024. */
function readYear(text: string): number {
  return /^\d{4}$/.test(text) ? Number(text) : Number([...text].map((c) => DIGIT[c]).join(''));
}

/** 十一 → 11, 二十八 → 28, 八 → 8, 08 → 8. */
export function readSmallNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const t = text.includes('十') ? (tens ? DIGIT[tens]! : 1) : 0;
  return t * 10 + (ones ? DIGIT[ones]! : 0);
}

function format(year: number, month?: number, day?: number): string | undefined {
  if (year < 1949 || year > 2100) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  if (day < 1 || day > 31) return undefined;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** Reads the first date in a dateline; undefined when it holds no plausible date. */
export function parseDateline(dateline: string): StatedDate | undefined {
  const text = asciiDigits(dateline);
  const cn = CN_DATE.exec(text);
  const dotted = DOTTED_DATE.exec(text);
  const match = cn && (!dotted || cn.index <= dotted.index) ? cn : dotted;
  if (!match) return undefined;
  const year = readYear(match[1]!);
  const month = match[2] === undefined ? undefined : readSmallNumber(match[2]);
  const day = match[3] === undefined ? undefined : readSmallNumber(match[3]);
  const date = format(year, month, day);
  return date ? { year, date, text: match[0] } : undefined;
}

/** A short block that is only a date, optionally after an organ name (陆良县人大常委会 2024年4月). */
export function isDateBlock(text: string): boolean {
  const t = asciiDigits(text.trim());
  if (t.length > 40) return false;
  const date = CN_DATE.exec(t) ?? DOTTED_DATE.exec(t);
  return !!date && date.index + date[0].length === t.length && (date.index === 0 || /\s$/u.test(t.slice(0, date.index)));
}

/** A page's date field (发布时间：2021-05-06 09:12, 日期: 2016-04-21) or a bare page timestamp (2021-05-06 09:12:33, 14.11.2014 16:50). */
const PAGE_DATE = /(?:(?:时间|日期)\s*[:：]\s*|^\s*)([12]\d{3}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})/u;
const DAY_FIRST = /^\s*(\d{1,2})\.(\d{1,2})\.([12]\d{3})\b/u;

/** The date a web page gives in a meta line or timestamp that cleaning removed; undefined when it has none. */
export function parsePageDate(text: string): StatedDate | undefined {
  const t = asciiDigits(text);
  const dayFirst = DAY_FIRST.exec(t);
  if (dayFirst) {
    const date = format(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
    return date ? { year: Number(dayFirst[3]), date, text: dayFirst[0].trim() } : undefined;
  }
  const m = PAGE_DATE.exec(t);
  return m ? parseDateline(m[1]!) : undefined;
}
