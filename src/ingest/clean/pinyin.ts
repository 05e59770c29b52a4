/** Removes pinyin annotations after Chinese characters: 镇(zhèn), 镇（zhèn）, 着(zhuo2). */
import { cut, eachLine, type LineTransform } from './transform.ts';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
/** Parenthesized lowercase syllables right after a Han character. */
const ANNOTATION = new RegExp(`(?<=\\p{Script=Han})\\s*[（(]\\s*([a-zü${TONED}]+(?:[\\s'’·-]+[a-zü${TONED}]+)*\\s*[1-5]?)\\s*[）)]`, 'gu');
/** A real annotation carries a tone: a toned vowel or a tone number. */
const HAS_TONE = new RegExp(`[${TONED}]|[a-zü][1-5]$`, 'u');

/** Removes toned pinyin annotations, recording them as kind pinyin. */
export const removePinyin: LineTransform = (lines) =>
  eachLine(lines, (line) => {
    const ranges = [...line.text.matchAll(ANNOTATION)]
      .filter((m) => HAS_TONE.test(m[1]!.trim()))
      .map((m): [number, number] => [m.index, m.index + m[0].length]);
    return cut(line, ranges, 'pinyin');
  });
