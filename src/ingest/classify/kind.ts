/** Decides what a document is: speech (讲话), experience (经验交流), report (汇报·总结·工作报告) or other. */
import type { DocumentKind } from '../../schemas/document.ts';

/** The article parts the decision looks at. */
export interface KindInput {
  head: string;
  byline?: string;
  salutation?: string;
  body: string;
}

const TITLE_CUES: [RegExp, DocumentKind][] = [
  [/讲话|致辞|发言|动员会上|报告会上/u, 'speech'],
  [/经验交流|交流材料|经验材料|典型材料|会议材料|交流发言材料/u, 'experience'],
  [/汇报|总结|工作报告|述职|调研报告|情况报告|报告/u, 'report'],
];

/** An author line naming a body rather than a person. */
export const ORGAN_LINE = /(?:常委会|人大|委员会|主席团|政府|党委|[县市区]委|[局办厅处室]|工委|工商联|协会)$/u;

const SPEECH_BODY = /我(?:讲|谈|再强调)(?:[一二三四五六七八九几]|以下)[点个]|讲[几两三四五]点意见|谢谢(?:大家)?[。！!]?$|同志们[，！!]/u;
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
 * Title first (讲话 → speech, 经验交流/会议材料 → experience, 汇报/总结/报告 → report); then the
 * salutation: with an organ as author it is an exchange at a meeting (experience), else a speech;
 * then body cues (我讲几点意见 → speech, 我镇/我局… → report); else other.
 */
export function classifyKind(input: KindInput): KindDecision {
  for (const [cue, kind] of TITLE_CUES) {
    const m = cue.exec(input.head);
    if (m) return { kind, evidence: `标题含“${m[0]}”` };
  }
  if (input.salutation) {
    if (input.byline && ORGAN_LINE.test(input.byline.trim())) {
      return judged('experience', `标题无体裁词；署名为机关“${input.byline}”并有称呼语，按经验交流处理`);
    }
    return judged('speech', `标题无体裁词；有称呼语“${input.salutation}”，按讲话处理`);
  }
  if (SPEECH_BODY.test(input.body)) return judged('speech', '标题无体裁词；正文有讲话用语，按讲话处理');
  if (FIRST_PERSON_BODY.test(input.body)) return judged('report', '标题无体裁词；正文以本单位口吻叙述工作，按汇报材料处理');
  return judged('other', '标题和正文都没有体裁线索');
}
