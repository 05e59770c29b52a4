/** Decides the level of the body speaking or reporting: province, prefecture, county, township or unknown. */
import type { DocumentLevel } from '../../schemas/document.ts';

/** The article parts the decision looks at. */
export interface LevelInput {
  head: string;
  /** The speaking or reporting organ, when stated (byline). */
  organ?: string;
  /**
   * The gazetteer level of the place the organ is named after, when known: it tells a county-level
   * city (诸城市, level county) from a prefecture-level one.
   */
  organPlace?: 'province' | 'prefecture' | 'county';
  /**
   * The gazetteer level of the place the title is about, and whether the title names it as an
   * organ (重庆市人民代表大会常务委员会工作报告, 余姚市人大常委会…) or opens with it (恩施州“五微”…).
   */
  titlePlace?: { level: 'province' | 'prefecture' | 'county'; asOrgan: boolean; atStart: boolean };
  /** The place the whole text is about (any part), the last resort when nothing else tells the level. */
  place?: { name: string; level: 'province' | 'prefecture' | 'county' };
  /** A phrase showing that the 市 of the text is a county-level city (市镇两级, 州人大常委会 …), from content/places.yaml. */
  countyCityCue?: string;
  body: string;
}

type Known = Exclude<DocumentLevel, 'unknown'>;

const LEVEL_NAME: Record<Known, string> = { province: '省级', prefecture: '市级', county: '县级', township: '乡镇级' };

/** The administrative unit right before an organ word: 疏勒县人大常委会 → 县, 乡人大主席团 → 乡. */
const ORGAN_UNIT = /(自治区|省|自治州|市|州|地区|盟|县|区|旗|乡|镇|街道)(?:人大|人民代表大会|党委|党工委|委员会|[党工]?委|人民政府|政府|工商联|政协|[^，。省市县区乡镇]{0,6}[局办])/u;

function unitLevel(unit: string): Known {
  if (unit === '省' || unit === '自治区') return 'province';
  if (/^(?:市|州|自治州|地区|盟)$/u.test(unit)) return 'prefecture';
  if (/^(?:县|区|旗)$/u.test(unit)) return 'county';
  return 'township';
}

/** Speaker roles (省委书记, 市长, 县人大常委会主任 …) named in the title. */
const ROLE = /(省|市|州|县|区|旗|乡|镇)(?:委书记|长|人大常委会主任|人大常委会副主任|党委书记|人大主席)/u;
/** Meetings convened for a whole area: 全市…会议, 市委人大工作会议. */
const SCOPE = /全(省|市|州|县|区|旗|乡|镇)|(省|市|州|县|区)委(?:召开的)?(?:人大|人大政协)?工作会议/u;
/**
 * Sessions and reports of a township congress itself, its presidium's reports, and one named
 * street office (荷花池街道, 这个街道; not 乡镇、街道 or 各街道, which a county addresses).
 */
const TOWNSHIP_TITLE =
  /(?:乡镇|乡|镇)(?:人大|人民代表大会)(?:第.{1,4}次会议)?(?:开幕会|闭幕会|会议)|(?:乡镇|乡|镇)人大(?:工作)?(?:总结|汇报|报告)|主席团.{0,8}工作报告|(?<=\p{Script=Han})(?<![各全])街道/u;
/** An organ named in a title: 市人民代表大会常务委员会, 区人民政府; its place decides the level. */
export const TITLE_ORGAN = /(省|自治区|市|州|县|区|旗)(?:人民代表大会常务委员会|人大常委会|人民代表大会|人民政府)/u;
/** First-person references to one's own area in the body: 我县, 全市, 本镇, 我街道 … */
const SELF = /(?:我|本|全)(省|市|州|县|区|旗|乡|镇|街道)/gu;
/** A street office's own congress organ (街道人大工委), which exists only at township level. */
const STREET_ORGAN = /(?<!各)街(?:道)?人大工委/gu;
/** Units the speaker addresses (各乡镇, 各县区): the speaker is one level above them. */
const ADDRESSED = /各(乡镇|镇街|乡|镇|街道|县市区|县区|区县|县|市州|地市)/gu;
const ABOVE: Record<string, Known> = { 乡镇: 'county', 镇街: 'county', 乡: 'county', 镇: 'county', 街道: 'county', 县市区: 'prefecture', 县区: 'prefecture', 区县: 'prefecture', 县: 'prefecture', 市州: 'province', 地市: 'province' };

/** The level, the cue it rests on, and notes for readers when it was a judgement call. */
export interface LevelDecision {
  level: DocumentLevel;
  evidence: string;
  notes: string[];
}

/** The level a title states through a speaker role, a meeting's area or a township session. */
function titleCue(title: string): { level: Known; cue: string } | undefined {
  const role = ROLE.exec(title.split(/在/u)[0]!);
  if (role) return { level: unitLevel(role[1]!), cue: role[0] };
  const scope = SCOPE.exec(title);
  if (scope) return { level: unitLevel(scope[1] ?? scope[2]!), cue: scope[0] };
  const township = TOWNSHIP_TITLE.exec(title);
  return township ? { level: 'township', cue: township[0] } : undefined;
}

/**
 * Decides the level from, in order: the organ in the byline (at the level of the place it is named
 * after when the gazetteer knows it, so a county-level city counts as county); an organ in the
 * title (重庆市人民代表大会常务委员会 → the level of 重庆市, a province); a speaker role in the title
 * (市委书记 → prefecture); the area a meeting in the title covers (全县 → county); a township
 * congress session or report, a presidium's report or a named street office in the title; a title
 * opening with a place (恩施州… → prefecture); else the body's own-area references (我县, 全镇 …),
 * the units it addresses (各乡镇 → county) and street organs (街道人大工委), by majority; else the
 * level of the place the text is about. A 市 with a county-level-city cue
 * (市镇两级, 州人大常委会) is county level. Notes explain decisions not made from the title or
 * byline, and conflicts.
 */
export function classifyLevel(input: LevelInput): LevelDecision {
  const decision = decideLevel(input);
  if (decision.level === 'prefecture' && decision.unit === '市' && input.countyCityCue) {
    decision.notes.push(`正文有“${input.countyCityCue}”，所说的市为县级市，按县级处理`);
    return { level: 'county', evidence: `${decision.evidence}；“${input.countyCityCue}”表明为县级市`, notes: decision.notes };
  }
  return { level: decision.level, evidence: decision.evidence, notes: decision.notes };
}

/** The level before the county-level-city check, with the administrative unit it was read from. */
function decideLevel(input: LevelInput): LevelDecision & { unit?: string } {
  const notes: string[] = [];
  const fromTitle = titleCue(input.head);
  const organUnit = input.organ ? ORGAN_UNIT.exec(input.organ) : null;
  if (organUnit) {
    const unit = unitLevel(organUnit[1]!);
    const level = unit !== 'township' && input.organPlace ? input.organPlace : unit;
    if (level !== unit) notes.push(`“${input.organ}”中的${organUnit[1]}为${LEVEL_NAME[level]}行政区，按${LEVEL_NAME[level]}处理`);
    if (fromTitle && fromTitle.level !== level) {
      notes.push(`标题指向${LEVEL_NAME[fromTitle.level]}会议，但材料署名为“${input.organ}”，按署名机关定为${LEVEL_NAME[level]}`);
    }
    return { level, evidence: `署名机关“${input.organ}”`, notes, unit: organUnit[1]! };
  }
  const titleOrgan = TITLE_ORGAN.exec(input.head);
  if (titleOrgan) {
    // 省/自治区 and 县/区/旗 say the level; a 市 or 州 is as high as the place the title names.
    const unit = titleOrgan[1]!;
    const level = unit === '市' || unit === '州' ? input.titlePlace?.level : unitLevel(unit);
    if (level) return { level, evidence: `标题中的机关“${titleOrgan[0]}”`, notes };
  }
  if (fromTitle) return { level: fromTitle.level, evidence: `标题中的“${fromTitle.cue}”`, notes, unit: fromTitle.cue.includes('市') ? '市' : undefined };
  if (input.titlePlace?.atStart) return { level: input.titlePlace.level, evidence: '标题开头的地名', notes };

  const tally = new Map<Known, string[]>();
  const count = (level: Known, word: string) => {
    const words = tally.get(level);
    if (words) words.push(word);
    else tally.set(level, [word]);
  };
  for (const m of input.body.matchAll(SELF)) count(unitLevel(m[1]!), m[0]);
  for (const m of input.body.matchAll(ADDRESSED)) count(ABOVE[m[1]!]!, m[0]);
  for (const m of input.body.matchAll(STREET_ORGAN)) count('township', m[0]);
  const ranked = [...tally].sort((a, b) => b[1].length - a[1].length);
  if (ranked.length === 0 && input.place) {
    const why = `标题、署名和正文自称都未显示层级，按文中地点“${input.place.name}”定为${LEVEL_NAME[input.place.level]}`;
    return { level: input.place.level, evidence: why, notes: [why] };
  }
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]![1].length === ranked[1]![1].length)) {
    const why = '标题和署名未显示发言或汇报主体的层级，正文自称也不足以判断，层级未定';
    return { level: 'unknown', evidence: why, notes: [why] };
  }
  const [level, words] = ranked[0]!;
  const distinct = [...new Set(words)].slice(0, 3).join('”“');
  const evidence = `正文自称“${distinct}”（${words.length}次）`;
  notes.push(`标题和署名未显示层级，按${evidence}定为${LEVEL_NAME[level]}`);
  if (words.some((w) => w.endsWith('区'))) notes.push('“区”按县级（市辖区）处理');
  return { level, evidence, notes, unit: words.some((w) => w.endsWith('市')) ? '市' : undefined };
}
