/** Small predicates over Chinese document text shared by the split, clean and structure stages. */

/** Punctuation that ends a sentence or a clause introducing what follows. */
const SENTENCE_END_CHARS = '。！？!?；;…：:';
/** Closing quotes and brackets that may follow the sentence end: 。” */
const CLOSERS = /[”’"'」』）)》〉】\]]+$/u;

/** Text without whitespace, in NFKC form (fullwidth ASCII → ASCII), for comparing lines. */
export function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** True when `text` ends a sentence (。！？；： or …, possibly followed by closing quotes). */
export function endsSentence(text: string): boolean {
  const trimmed = text.trimEnd().replace(CLOSERS, '');
  if (trimmed.endsWith('...')) return true;
  const last = trimmed.at(-1);
  return last !== undefined && SENTENCE_END_CHARS.includes(last);
}

/** True when `text` has a sentence end (。！？；) before its last character: more than one sentence. */
export function hasInnerSentenceEnd(text: string): boolean {
  const body = text.trimEnd().replace(CLOSERS, '').slice(0, -1);
  return /[。！？!?；;]/u.test(body);
}

/** True when `text` contains any sentence-ending punctuation. */
export function hasSentenceEnd(text: string): boolean {
  return /[。！？!?；;]/u.test(text);
}

/** Characters that cannot start a sentence: closing punctuation and commas. */
export function startsWithClosingPunctuation(text: string): boolean {
  return /^[。，、；：？！,.;:?!）)》」』”’】\]]/u.test(text.trimStart());
}

/** Words that open a clause continuing an argument; a line starting with one is not a heading. */
const CONNECTORS = /^(?:再如|例如|比如|譬如|如(?![何今])|但是|但|而且|而|并且|并|因此|所以|同时|其中|此外|另外|然而|可是|于是|因为|由于|虽然|尽管|即使|只有|只要|如果|否则|总之|可见)/u;

/** True when `text` starts with a connector such as 再如、但、因此. */
export function startsWithConnector(text: string): boolean {
  return CONNECTORS.test(text.trimStart());
}

/** Number of characters (code points) of `text` without whitespace. */
export function visibleLength(text: string): number {
  return [...text.replace(/\s+/gu, '')].length;
}

/** The non-whitespace characters of `text`, one per element (for the no-loss check). */
export function visibleChars(text: string): string[] {
  return [...text.replace(/\s+/gu, '')];
}

/** A salutation line: 同志们： / 各位代表、同志们： / 各位领导、同志们： */
export const SALUTATION = /^(?:(?:尊敬的)?(?:各位|全体)?[\p{Script=Han}]{0,12}[、，,]){0,4}(?:同志们|代表们|朋友们|委员们|各位(?:代表|领导|委员|来宾|同志|同仁))[：:!！]?$/u;

/** True when `text` is a salutation line. */
export function isSalutation(text: string): boolean {
  return SALUTATION.test(text.trim());
}
