/** Decides what a document is: speech (讲话), experience (经验交流), report (汇报·总结·工作报告) or other. */
import type { DocumentKind } from '../../schemas/document.ts';
import { ORGAN_LINE } from './people.ts';

/** The article parts the decision looks at. */
export interface KindInput {
  head: string;
  byline?: string;
  salutation?: string;
  body: string;
}

/** Genre words of titles; the one that ends last is the head noun (在经验交流会上的讲话 → 讲话). */
const TITLE_CUES: [RegExp, DocumentKind][] = [
  [/讲话|致辞|发言|主持词/gu, 'speech'],
  [/经验交流|(?:交流|经验|典型|会议|发言)材料/gu, 'experience'],
  [/汇报|总结|报告|述职/gu, 'report'],
];

/** The genre word of a title line that ends last, and its kind. */
function titleCue(line: string): { kind: DocumentKind; word: string } | undefined {
  let best: { kind: DocumentKind; word: string; end: number } | undefined;
  for (const [cue, kind] of TITLE_CUES) {
    for (const m of line.matchAll(cue)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.word.length)) best = { kind, word: m[0], end };
    }
  }
  return best;
}

/** Phrases only a speaker says: 我讲四点意见 / 谢谢大家 / 同志们，… */
const SPEECH_BODY = /我(?:讲|谈|再强调)(?:[一二三四五六七八九几]|以下)[点个]|讲[几两三四五]点意见|谢谢(?:大家)?[。！!]?$|同志们[，！!]/u;
/** A body reporting an exchange at a meeting: 会上，恩施州作交流发言 / 作典型发言. */
const EXCHANGE_BODY = /作(?:了)?(?:书面|典型|经验)?交流发言|作(?:了)?典型发言/u;
/** A standing committee's work report to its congress: 我受…常务委员会(的)?委托，向大会报告工作. */
const REPORT_BODY = /受[^。，,]{0,30}(?:常务委员会|常委会|主席团)(?:的)?委托[，,]?(?:现在)?[，,]?(?:我)?向大会报告/u;
/** A body giving an account of its own work: 我镇人大… / 近年来，我们… */
const FIRST_PERSON_BODY = /(?:^|[，。])(?:我|我们)(?:镇|乡|县|区|市|局|委|会|单位)|(?:近年来|今年以来)，我们/u;

/** The kind, the cue it rests on, and a note when the title did not decide it. */
export interface KindDecision {
  kind: DocumentKind;
  evidence: string;
  note?: string;
}

function judged(kind: DocumentKind, why: string): KindDecision {
  return { kind, evidence: why, note: why };
}

/**
 * Title first, then subtitle, by the genre word that ends last (讲话 → speech, 经验交流/会议材料 →
 * experience, 汇报/总结/报告 → report); then a standing committee's or presidium's work report to
 * its congress (受…常委会委托，向大会报告 → report); then the
 * salutation: with an organ as author it is an exchange at a meeting (experience), else a speech;
 * then body cues (我讲几点意见 → speech, 作交流发言 → experience, 我镇/我局… → report); else other.
 */
export function classifyKind(input: KindInput): KindDecision {
  for (const line of input.head.split('\n')) {
    const cue = titleCue(line);
    if (cue) return { kind: cue.kind, evidence: `标题含“${cue.word}”` };
  }
  if (REPORT_BODY.test(input.body)) return judged('report', '标题无体裁词；正文为常委会或主席团受托向大会报告工作，按工作报告处理');
  if (input.salutation) {
    if (input.byline && ORGAN_LINE.test(input.byline.trim())) {
      return judged('experience', `标题无体裁词；署名为机关“${input.byline}”并有称呼语，按经验交流处理`);
    }
    return judged('speech', `标题无体裁词；有称呼语“${input.salutation}”，按讲话处理`);
  }
  if (SPEECH_BODY.test(input.body)) return judged('speech', '标题无体裁词；正文有讲话用语，按讲话处理');
  if (EXCHANGE_BODY.test(input.body)) return judged('experience', '标题无体裁词；正文记述在会上作交流发言，按经验交流处理');
  if (FIRST_PERSON_BODY.test(input.body)) return judged('report', '标题无体裁词；正文以本单位口吻叙述工作，按汇报材料处理');
  return judged('other', '标题和正文都没有体裁线索');
}
