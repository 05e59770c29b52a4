/** Finds who speaks (speaker) and which body reports (organ) from the title, subtitle and byline. */
import { parseDateline } from './date.ts';

/** An author line naming a body rather than a person: 疏勒县人大常委会, 乡人大主席团, 县水务局. */
export const ORGAN_LINE = /(?:常委会|人大|委员会|主席团|政府|党委|[县市区]委|[局办厅处室]|工委|工商联|协会)$/u;

/** The article parts that may name a speaker or organ. */
export interface PeopleInput {
  title: string;
  subtitle?: string;
  byline?: string;
}

/** Placeholders left by anonymized templates: xxx同志, ＸＸ, 某某. */
const PLACEHOLDER = /[xXＸｘ×＊*○]{2,}|某/u;
/** 市委书记在…会议上的讲话 / ——张三同志在…上的讲话. */
const SPEAKER_IN_TITLE = /^[—－-]*\s*(.{2,30}?)(?:同志)?\s*在.{2,60}?(?:上|时)的(?:讲话|致辞|发言|报告|主持词)/u;
/** Speaker without 在: 市委书记市委人大工作会议上的讲话. */
const ROLE_AT_START = /^((?:[省市州县区乡镇]委|[省市州县区乡镇]人大常委会)(?:副?书记|副?主任)|[省市州县区乡镇]长)/u;
const PERSON_LINE = /^(?:[\u4e00-\u9fa5]{2,4}(?:同志)?|.{0,20}(?:书记|主任|市长|县长|区长|乡长|镇长|主席)\s*[\u4e00-\u9fa5]{2,4})$/u;

/** The speaker and organ stated in title, subtitle or byline; placeholders are not names. */
export function findSpeakerOrgan(input: PeopleInput): { speaker?: string; organ?: string } {
  const result: { speaker?: string; organ?: string } = {};
  // A subtitle or byline may read like a title (——张三同志在…上的讲话); only a title starts with a bare role.
  const said = [input.subtitle, input.byline].map((line) => line && SPEAKER_IN_TITLE.exec(line.trim()));
  const title = input.title.trim();
  const m = said.find(Boolean) ?? SPEAKER_IN_TITLE.exec(title) ?? ROLE_AT_START.exec(title);
  const who = m?.[1]?.replace(/[，,、]$/u, '');
  if (who && !PLACEHOLDER.test(who)) result.speaker = who;
  const date = input.byline ? parseDateline(input.byline) : undefined;
  const byline = (date ? input.byline!.replace(date.text, '') : input.byline)?.trim();
  if (byline && !PLACEHOLDER.test(byline)) {
    if (ORGAN_LINE.test(byline)) result.organ = byline;
    else if (!result.speaker && PERSON_LINE.test(byline)) result.speaker = byline;
  }
  return result;
}
