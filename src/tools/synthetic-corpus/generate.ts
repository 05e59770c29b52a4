/**
 * Generates a synthetic corpus of raw compilations for scale tests: seeded recombination of the
 * sample corpus's paragraphs and headings, with varied places, levels, years, titles, noise and
 * duplicates, written the way template sites write them (第N篇： markers, teasers, watermarks).
 */
import { seededRandom, type Random } from '../seeded-random.ts';

/** Text material taken from the sample compilations. */
export interface CorpusMaterial {
  paragraphs: string[];
  headings: string[];
}

/** A county-level or prefecture-level place from the gazetteer, with its province. */
export interface PlaceName {
  name: string;
  province: string;
}

export interface GenerateOptions {
  docs: number;
  seed?: number;
  /** Articles per compilation file, at most. */
  perFile?: number;
}

export interface GeneratedFile {
  name: string;
  text: string;
}

const HEADING = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[一二三四五六七八九十]是|第[一二三四五六七八九十]，)/;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const WATERMARKS = ['此文来源于feisuxs', '（本文来自第一范文网）', '更多精彩范文请访问范文网', '文章来源：公文写作网'];

/** Collects paragraphs and headings from source texts (the seeds). */
export function extractMaterial(texts: string[]): CorpusMaterial {
  const paragraphs: string[] = [];
  const headings: string[] = [];
  for (const line of texts.flatMap((t) => t.split(/\r?\n/)).map((l) => l.trim())) {
    if (/^第[一二三四五六七八九十\d]+篇/.test(line) || line.length < 8) continue;
    const heading = line.replace(HEADING, '');
    if (HEADING.test(line) && line.length <= 40) headings.push(heading.replace(/[。；]$/, ''));
    else if (line.length >= 40 && /[。！；]$/.test(line)) paragraphs.push(line);
  }
  return { paragraphs: [...new Set(paragraphs)], headings: [...new Set(headings)] };
}

const LEVEL_TEMPLATES: { body: (p: PlaceName) => string; scope: string }[] = [
  { body: (p) => `${p.province}人大常委会`, scope: '全省' },
  { body: (p) => `${p.name}人大常委会`, scope: '全市' },
  { body: (p) => `${p.name}人大常委会`, scope: '全县' },
  { body: (p) => `${p.name}某镇人大主席团`, scope: '全镇' },
];

const TITLE_TEMPLATES = [
  (scope: string, topic: string) => `在${scope}${topic}工作会议上的讲话`,
  (scope: string, topic: string) => `在${scope}${topic}工作座谈会上的讲话`,
  (scope: string, topic: string) => `${scope}${topic}工作经验交流材料`,
  (scope: string, topic: string) => `关于${scope}${topic}工作情况的汇报`,
  (scope: string, topic: string) => `${scope}${topic}工作总结`,
];
const TOPICS = ['乡镇人大', '代表', '人大监督', '人大宣传', '人大', '换届选举', '人大信访', '人事任免', '地方立法'];

/** Generates one article: title line, byline, salutation, numbered sections. */
function article(random: Random, material: CorpusMaterial, places: PlaceName[]) {
  const place = random.pick(places);
  const level = random.pick(LEVEL_TEMPLATES);
  const year = random.int(2003, 2024);
  const title = random.pick(TITLE_TEMPLATES)(level.scope, random.pick(TOPICS));
  const lines = [`${level.body(place)} ${year}年${random.int(1, 12)}月${random.int(1, 28)}日`, random.pick(['同志们：', '各位代表、同志们：', '各位领导、同志们：'])];
  const sections = random.int(2, 6);
  for (let s = 0; s < sections; s++) {
    lines.push(`${NUMERALS[s]}、${random.pick(material.headings)}`);
    for (let p = random.int(1, 4); p > 0; p--) {
      let text = random.pick(material.paragraphs).replace(/[ＸX]{2}|xx/g, place.name.replace(/[市县区]$/, ''));
      if (random.chance(0.05)) {
        const at = random.int(1, text.length - 1);
        text = text.slice(0, at) + random.pick(WATERMARKS) + text.slice(at);
      }
      if (random.chance(0.05)) {
        // a paragraph broken mid-sentence, as copied from a PDF
        const at = random.int(10, text.length - 10);
        lines.push(text.slice(0, at), text.slice(at));
      } else lines.push(text);
    }
  }
  return { title, lines };
}

/** Generates `docs` articles grouped into compilation files; about 3% are near-duplicates. */
export function generateCorpus(material: CorpusMaterial, places: PlaceName[], options: GenerateOptions): GeneratedFile[] {
  const random = seededRandom(options.seed ?? 1);
  const perFile = options.perFile ?? 6;
  const made: { title: string; lines: string[] }[] = [];
  const files: GeneratedFile[] = [];
  let file: string[] = [];
  let inFile = 0;
  let fileSize = random.int(1, perFile);
  const flush = () => {
    if (!file.length) return;
    files.push({ name: `gen-${String(files.length + 1).padStart(5, '0')}.txt`, text: file.join('\n') + '\n' });
    file = [];
    inFile = 0;
    fileSize = random.int(1, perFile);
  };
  for (let i = 0; i < options.docs; i++) {
    let next = article(random, material, places);
    if (made.length > 10 && random.chance(0.03)) {
      const original = random.pick(made);
      next = { title: original.title, lines: original.lines.filter((_, k) => k === 0 || !random.chance(0.1)) };
    }
    made.push(next);
    inFile++;
    if (inFile === 1 && fileSize > 1) file.push(` ${next.title}${next.lines.slice(0, 3).join('')}...`);
    file.push(fileSize > 1 ? `第${NUMERALS[(inFile - 1) % 10]}篇：${next.title}` : next.title, ...next.lines);
    if (inFile === fileSize || inFile === 10) flush();
  }
  flush();
  return files;
}
