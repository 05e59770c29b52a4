/**
 * The body of an article as an mdast tree: headings h2–h5 from the numbering schemes
 * 一、 → （一） → 1、/1． → （1）, levels compressed to the schemes the article uses (an article
 * numbered 一、 then （1） gets h2, h3); 一是…/第一，… lines one level below the current heading;
 * unnumbered heading lines at the top level; everything else paragraphs.
 *
 * Siblings are made consistent: a numbered line whose siblings are mostly headings but which runs
 * on after a short first sentence is split into that heading and a paragraph; 一是…/第一，… lines
 * are headings only when most lines of their series are.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { headingKind, ordinalSeries, parseMarker, type HeadingKind, type MarkerKind } from '../headings.ts';
import { visibleLength } from '../text-predicates.ts';
import type { Line } from '../types.ts';

/** Numbering schemes from outermost to innermost; unnumbered headings share the outermost level. */
const RANKS: ReadonlyArray<ReadonlyArray<HeadingKind>> = [['cn', 'plain'], ['cn-paren'], ['arabic'], ['arabic-paren']];
/** Longest first sentence split off as a heading. */
const MAX_LEAD = 40;

type Depth = Heading['depth'];

/** A body line and how it reads. */
interface Block {
  text: string;
  kind: HeadingKind | undefined;
}

/** The first sentence of a numbered paragraph, when it is short enough to be its heading. */
function leadSentence(text: string): [string, string] | undefined {
  const m = /^(.+?[。！？；])(.+)$/u.exec(text);
  if (!m || visibleLength(m[1]!) > MAX_LEAD) return undefined;
  return [m[1]!, m[2]!];
}

/** Heading kind per line; an unnumbered heading needs something under it (not the last line, not before another one). */
function classify(lines: readonly Line[]): Block[] {
  const kinds = lines.map((l) => headingKind(l.text));
  return lines.map((line, i) => {
    const kind = kinds[i];
    const plainOk = kind !== 'plain' || (i + 1 < lines.length && kinds[i + 1] !== 'plain');
    return { text: line.text.trim(), kind: plainOk ? kind : undefined };
  });
}

/** Applies the sibling rules (see the module comment). */
function harmonize(blocks: readonly Block[]): Block[] {
  const markers = blocks.map((b) => parseMarker(b.text));
  const share = (same: (i: number) => boolean): number => {
    let all = 0;
    let headings = 0;
    blocks.forEach((b, i) => {
      if (!same(i)) return;
      all += 1;
      if (b.kind !== undefined) headings += 1;
    });
    return all === 0 ? 0 : headings / all;
  };
  return blocks.flatMap((block, i): Block[] => {
    const marker = markers[i];
    if (!marker) return [block];
    if (marker.kind === 'ordinal') {
      const series = ordinalSeries(marker.marker);
      const mostly = share((j) => markers[j]?.kind === 'ordinal' && ordinalSeries(markers[j]!.marker) === series) > 0.5;
      return [mostly ? block : { ...block, kind: undefined }];
    }
    if (block.kind !== undefined) return [block];
    const lead = leadSentence(block.text);
    if (!lead || share((j) => markers[j]?.kind === marker.kind) <= 0.5) return [block];
    return [
      { text: lead[0], kind: marker.kind as MarkerKind },
      { text: lead[1], kind: undefined },
    ];
  });
}

/** Builds the body tree from cleaned body lines. */
export function buildBody(lines: readonly Line[]): Root {
  const blocks = harmonize(classify(lines));
  const present = RANKS.filter((group) => group.some((k) => blocks.some((b) => b.kind === k)));
  const depthOf = (kind: HeadingKind): Depth => (2 + present.findIndex((group) => group.includes(kind))) as Depth;

  const children: Root['children'] = [];
  let context = 1; // depth of the last numbered or unnumbered heading
  for (const { text: value, kind } of blocks) {
    const text = { type: 'text' as const, value };
    if (kind === undefined) {
      children.push({ type: 'paragraph', children: [text] } satisfies Paragraph);
      continue;
    }
    let depth: Depth;
    if (kind === 'ordinal') {
      depth = Math.min(context + 1, 6) as Depth;
    } else {
      depth = depthOf(kind);
      context = depth;
    }
    children.push({ type: 'heading', depth, children: [text] } satisfies Heading);
  }
  return { type: 'root', children };
}
