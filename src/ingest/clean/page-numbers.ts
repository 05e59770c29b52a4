/**
 * Removes page numbers glued to text: at the start of a numbered heading (1（一）做好… → （一）做好…)
 * and at the end of a line broken by a page break (…意见送 1 / …的重要-1-). A line that loses a page
 * number at its end and does not end a sentence is marked `continues` so rejoining joins it.
 * (Page numbers alone on a line are noise.yaml `lines.page-number` patterns.)
 */
import { endsSentence } from '../text.ts';
import { cut, eachLine, type LineTransform } from './transform.ts';

const AT_START = /^\s*\d{1,3}(?=[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/u;
const AT_END = /(?:(?<=[\p{Script=Han}，。、；：”》）])[ \t\u3000]+\d{1,3}|[-－—–]\s*\d{1,3}\s*[-－—–])\s*$/u;

export const removeGluedPageNumbers: LineTransform = (lines) =>
  eachLine(lines, (line) => {
    const ranges: Array<[number, number]> = [];
    const start = AT_START.exec(line.text);
    if (start) ranges.push([0, start[0].length]);
    const end = AT_END.exec(line.text);
    if (end && end.index >= (start?.[0].length ?? 0)) ranges.push([end.index, line.text.length]);
    const result = cut(line, ranges, 'page-number');
    if (end && result.line.text.trim() !== '' && !endsSentence(result.line.text)) result.line.continues = true;
    return result;
  });
