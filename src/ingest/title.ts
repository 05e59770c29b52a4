/** Title helpers shared by clean (duplicate title lines) and structure (the title field). */
import { isSalutation, visibleLength } from './text-predicates.ts';

/** Shortest title left after removing junk suffixes; a suffix is never the whole title. */
const MIN_TITLE = 4;

/**
 * Removes junk suffixes such as (精) 人大政协 （精选） from the end of a title, repeatedly; returns
 * the title and the removed suffixes in the order they were removed.
 */
export function stripTitleSuffixes(title: string, patterns: readonly RegExp[]): { title: string; suffixes: string[] } {
  let rest = title.trim();
  const suffixes: string[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of patterns) {
      const m = pattern.exec(rest);
      if (!m || m[0] === '') continue;
      const shorter = rest.slice(0, m.index).trimEnd();
      if (visibleLength(shorter) < MIN_TITLE) continue;
      suffixes.push(m[0]);
      rest = shorter;
      changed = true;
    }
  }
  return { title: rest, suffixes };
}

/** Genre words a title ends with (讲话, 工作报告 …): where a title run together with its text ends. */
const GENRE_END = /(?:讲话稿|讲话|致辞|发言稿|发言|主持词|工作报告|报告|汇报|总结|交流材料|材料)/gu;
/** What may follow a title run together with its text: a salutation, the first numbered heading, a dash line. */
const AFTER_TITLE = /^(?:\s*(?:同志们|各位|尊敬的|——|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])|\s+\S)/u;
/** A bracketed note after such a title: （2022年3月 县人大常委会会议室）. */
const NOTE = /^\s*[（(]([^（）()]{1,40})[）)]/u;
/** Longest title run together with its text. */
const MAX_GLUED_TITLE = 45;

/**
 * A title run together with the text that follows (a whole document on one line, as template sites
 * give it): `在…座谈会上的讲话(2022年3月…)同志们：今天，…` → title, note, salutation and the rest.
 * The title ends at a genre word (讲话, 报告 …) followed by a salutation, a numbered heading, a
 * bracketed note or a space (关于…的调研报告: whatever follows); it has no sentence punctuation.
 */
export function splitRunInTitle(text: string): { title: string; note?: string; salutation?: string; rest: string } | undefined {
  const head = text.trimStart();
  for (const m of head.matchAll(GENRE_END)) {
    const end = m.index + m[0].length;
    if (visibleLength(head.slice(0, end)) > MAX_GLUED_TITLE) break;
    const title = head.slice(0, end).trim();
    if (/[。！？；，,：:]/u.test(title) || visibleLength(title) < 4) continue;
    let rest = head.slice(end);
    const note = NOTE.exec(rest);
    // The title ends where a salutation, heading, note or space follows; a 关于…的…报告 title whatever follows.
    if (!note && !AFTER_TITLE.test(rest) && !/^关于.{1,30}的/u.test(title)) continue;
    if (note) rest = rest.slice(note[0].length);
    const colon = /[：:]/u.exec(rest);
    const greeting = colon ? rest.slice(0, colon.index + 1).trim() : '';
    const salutation = greeting && isSalutation(greeting) ? greeting : undefined;
    if (salutation) rest = rest.slice(colon!.index + 1);
    return { title, ...(note ? { note: note[1]!.trim() } : {}), ...(salutation ? { salutation } : {}), rest: rest.trim() };
  }
  return undefined;
}

/** The occasion a title line may carry after a dash: ——2017年1月16日在…第七次会议上 (group 1 the title, with trailing space). */
export const OCCASION = /^(.{4,}?)(——\s*\S.{0,60}?在.{2,60}?(?:会议|大会|会)上)$/u;
