/** Picks a 1–2 sentence summary from the text itself (never generated). */
import { isDateBlock } from './date.ts';
import { sentences, type ArticleText } from './article-text.ts';

/** Longest summary, in characters. */
export const SUMMARY_MAX = 120;
const SUMMARY_MIN = 15;
/** The summary comes from the opening: the first paragraphs that have candidate sentences. */
const PARAGRAPH_REACH = 3;
/** A sentence this short gets the next one of its paragraph appended when both fit. */
const SHORT = 40;

/** Blocks that only greet or label: 同志们： / 各位代表、同志们： / 提纲 / 正文： */
const GREETING_BLOCK = /^(?:(?:尊敬的|各位|同志们|女士们|先生们|朋友们)[^。，]{0,30}[：:！!]?|提纲|正文[：:]?)$/u;
/** A vocative opening a sentence: 同志们，… / 各位代表、同志们，… */
const VOCATIVE = /^(?:(?:各位|尊敬的)[^，。！：]{0,12}、)?(?:同志们|各位代表|各位领导|各位委员)[，！!：:]\s*/u;
/**
 * Sentences that announce, thank or close rather than say something (下面，我讲四点意见 / 刚才，…
 * 作了发言 / 表示祝贺 / 预祝会议圆满成功), or that lean on a previous sentence (这些… / 同时…).
 */
const FORMULAIC = /我(?:讲|谈|提|再强调)(?:[一二三四五六七八九几]|以下)?[点个]|讲[几两三四五]点意见|下面，我|谢谢|预祝|圆满成功|身体健康|表示(?:祝贺|感谢|欢迎)|致以.{0,8}问候|^刚才/u;
const LEANING = /^(?:这些|这是|这个|这次|此外|同时|但是|但|因此|所以|其中|另外|总之|对此|为此)/u;
/** Sentence punctuation a summary must end with (a closing quote may follow). */
const ENDED = /[。！？!?][”’」』）)]?$/u;

/** Sentences of the opening paragraphs in document order, greetings, headings and datelines left out. */
function openingParagraphs(text: ArticleText, title: string): string[][] {
  return text.blocks
    .filter((b) => !b.heading && !GREETING_BLOCK.test(b.text) && !isDateBlock(b.text) && b.text !== title)
    .map((b) => sentences(b.text).map((s) => s.replace(VOCATIVE, '')).filter((s) => s.length > 0))
    .filter((ss) => ss.length > 0)
    .slice(0, PARAGRAPH_REACH);
}

/** A complete sentence that says something on its own, of summary length. */
function standsAlone(sentence: string): boolean {
  return (
    sentence.length >= SUMMARY_MIN &&
    sentence.length <= SUMMARY_MAX &&
    ENDED.test(sentence) &&
    !FORMULAIC.test(sentence) &&
    !LEANING.test(sentence)
  );
}

/**
 * The first complete sentence of 15–120 characters in the opening paragraphs (skipping greetings,
 * headings, datelines, formulaic and leaning sentences), with the next sentence of its paragraph
 * when it is short and both fit in 120. Failing that, the first complete, not formulaic sentence that
 * fits; failing
 * that, the first sentence cut at its last clause break and marked …… (the title if there is no text).
 */
export function extractSummary(text: ArticleText, title: string): string {
  const paragraphs = openingParagraphs(text, title);
  for (const ss of paragraphs) {
    const i = ss.findIndex(standsAlone);
    if (i === -1) continue;
    const first = ss[i]!;
    const next = ss[i + 1];
    return first.length < SHORT && next && standsAlone(next) && first.length + next.length <= SUMMARY_MAX
      ? first + next
      : first;
  }
  const fitting = paragraphs.flat().find((s) => s.length <= SUMMARY_MAX && ENDED.test(s) && !FORMULAIC.test(s));
  if (fitting) return fitting;
  const long = paragraphs[0]?.[0];
  if (!long) return title;
  const head = long.slice(0, SUMMARY_MAX - 2);
  const cut = Math.max(head.lastIndexOf('，'), head.lastIndexOf('；'), head.lastIndexOf('、'));
  return `${head.slice(0, cut > SUMMARY_MIN ? cut : head.length)}……`;
}
