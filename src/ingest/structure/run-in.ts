/**
 * Run-in headings: numbered sub-points that open a paragraph with their lead sentence
 * (（一）做好新时期的乡镇人大工作，有利于……。其余论述…). The paragraph stays whole; its lead
 * sentence becomes bold (`**（一）做好…落实**。其余…`), which the site's heading-id plugin gives an
 * anchor and a table-of-contents entry (src/plugins/rehype-heading-ids.ts).
 *
 * Only series count: at least two paragraphs of one section (between headings) numbered 1, 2, …
 * in one scheme (（一）（二）, 1、2、, 第一，第二，, 一是二是 …), every one opening with a short, complete
 * sentence without a colon, most of them going on after it. A lone numbered paragraph, a list of one-sentence items
 * or a paragraph whose first sentence is long stays a plain paragraph.
 *
 * The sentence's end mark stays outside the bold: CommonMark closes `**` after 。 only before a space
 * or punctuation, so `**…。**其余` would need a character reference to stay bold.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { markerNumber, parseMarker, seriesKey } from '../headings.ts';
import { visibleLength } from '../text-predicates.ts';

/** Longest lead sentence (with its marker) that is a run-in heading. */
const MAX_LEAD = 60;
/** A lead sentence: the text up to the first sentence end. */
const LEAD = /^([^。！？；!?;]+)([。！？；!?;])/u;
/** Bracket and quote pairs a lead sentence must not leave open. */
const PAIRS = ['（）', '()', '“”', '‘’', '《》', '〈〉', '【】', '「」', '『』'];

/** A paragraph that opens with a numbering marker: where it is, its series and number, its lead. */
interface Candidate {
  index: number;
  key: string;
  number: number;
  text: string;
  lead?: string;
}

/**
 * The lead sentence of `text` without its end mark, when it is short, leaves no bracket open and
 * has no colon (时间：5月6日。 is an item of a list, not a point made).
 */
export function leadSentence(text: string): string | undefined {
  const m = LEAD.exec(text);
  if (!m || visibleLength(m[0]) > MAX_LEAD || /[：:]/u.test(m[1]!)) return undefined;
  const lead = m[1]!;
  const open = PAIRS.some(([o, c]) => lead.split(o!).length !== lead.split(c!).length);
  return open ? undefined : lead;
}

/** The text of a paragraph made of one text node, else undefined. */
function plainText(node: RootContent): string | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1) return undefined;
  const [child] = node.children;
  return child!.type === 'text' ? child.value : undefined;
}

/** Series of candidates numbered 1, 2, … (a gap or a repeated number ends a series). */
function series(candidates: readonly Candidate[]): Candidate[][] {
  const open = new Map<string, Candidate[]>();
  const done: Candidate[][] = [];
  for (const c of candidates) {
    const current = open.get(c.key);
    if (current && current.at(-1)!.number + 1 === c.number) {
      current.push(c);
      continue;
    }
    if (current) done.push(current);
    if (c.number === 1) open.set(c.key, [c]);
    else open.delete(c.key);
  }
  return [...done, ...open.values()];
}

/** A series is run-in headings when it has two or more members, all with a lead, most going on after it. */
function isRunInSeries(members: readonly Candidate[]): boolean {
  if (members.length < 2 || members.some((m) => m.lead === undefined)) return false;
  const goOn = members.filter((m) => visibleLength(m.text) > visibleLength(m.lead!) + 1).length;
  return goOn * 2 > members.length;
}

/** The paragraph with its lead sentence in bold. */
function withBoldLead(text: string, lead: string): Paragraph {
  return {
    type: 'paragraph',
    children: [
      { type: 'strong', children: [{ type: 'text', value: lead }] },
      { type: 'text', value: text.slice(lead.length) },
    ],
  };
}

/** Marks the run-in headings of a body tree (see the module comment); returns a new tree. */
export function markRunInHeadings(root: Root): Root {
  const sections: Candidate[][] = [[]];
  root.children.forEach((node, index) => {
    if (node.type === 'heading') return void sections.push([]);
    const text = plainText(node);
    const marker = text === undefined ? undefined : parseMarker(text);
    if (!marker || text === undefined) return;
    const lead = leadSentence(text);
    sections.at(-1)!.push({ index, key: seriesKey(marker), number: markerNumber(marker), text, ...(lead !== undefined ? { lead } : {}) });
  });
  const bold = new Map<number, Paragraph>();
  for (const members of sections.flatMap(series)) {
    if (!isRunInSeries(members)) continue;
    for (const m of members) bold.set(m.index, withBoldLead(m.text, m.lead!));
  }
  return { ...root, children: root.children.map((node, i) => bold.get(i) ?? node) };
}
