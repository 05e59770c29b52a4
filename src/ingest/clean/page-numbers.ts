/**
 * Removes page numbers glued to text: at the start of a numbered heading (1（一）做好… → （一）做好…),
 * at the end of a line broken by a page break (…意见送 1 / …的重要-1-), and in the middle of a
 * sentence where a page break was flattened (建立健全人大 2 工作公开制度; not 共 15 个, 议题 70项).
 * A line that loses a page number at its end and does not end a sentence is marked `continues`, so
 * rejoining joins it with the next.
 * (Page numbers alone on a line are noise.yaml `lines.page-number` patterns.)
 */
import { endsSentence } from '../text-predicates.ts';
import { cut, eachLine, matchRanges, type LineTransform } from './transform.ts';

const AT_START = /^\s*\d{1,3}(?=[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/u;
/** Characters after a number that make it a quantity (15 个乡镇, 70项), not a page number. */
const UNITS = '个件项次人名条篇份位家所年月日天元万亿千百倍届批座处期台辆户亩米吨岁号册本场门栋间组类周分秒%％';
const MID_LINE = new RegExp(`(?<=[\\p{Script=Han}，、])(?<!第)[ \\t\\u3000]+\\d{1,3}[ \\t\\u3000]+(?=\\p{Script=Han})(?![${UNITS}])`, 'gu');
const AT_END = /(?:(?<=[\p{Script=Han}，。、；：”》）])[ \t\u3000]+\d{1,3}|[-－—–]\s*\d{1,3}\s*[-－—–])\s*$/u;

/** Removes page numbers glued to the start, middle or end of lines. */
export const removeGluedPageNumbers: LineTransform = (lines) =>
  eachLine(lines, (line) => {
    const ranges: Array<[number, number]> = [];
    const start = AT_START.exec(line.text);
    if (start) ranges.push([0, start[0].length]);
    ranges.push(...matchRanges(MID_LINE, line.text));
    const end = AT_END.exec(line.text);
    if (end && end.index >= (start?.[0].length ?? 0)) ranges.push([end.index, line.text.length]);
    const result = cut(line, ranges, 'page-number');
    if (end && result.line.text.trim() !== '' && !endsSentence(result.line.text)) result.line.continues = true;
    return result;
  });
