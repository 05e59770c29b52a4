/**
 * The body of an article as an mdast tree: headings h2–h5 from the numbering schemes
 * 一、 → （一） → 1、/1． → （1）, levels compressed to the schemes the article uses (an article
 * numbered 一、 then （1） gets h2, h3); 一是…/第一，… lines one level below the current heading;
 * unnumbered heading lines at the top level; everything else paragraphs.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { headingKind, type HeadingKind } from '../headings.ts';
import type { Line } from '../types.ts';

/** Numbering schemes from outermost to innermost; unnumbered headings share the outermost level. */
const RANKS: ReadonlyArray<ReadonlyArray<HeadingKind>> = [['cn', 'plain'], ['cn-paren'], ['arabic'], ['arabic-paren']];

type Depth = Heading['depth'];

/** Heading kind per line, with unnumbered headings only where a paragraph follows them. */
function classify(lines: readonly Line[]): Array<HeadingKind | undefined> {
  const kinds = lines.map((l) => headingKind(l.text));
  return kinds.map((kind, i) => {
    if (kind !== 'plain') return kind;
    const next = kinds[i + 1];
    return i + 1 < lines.length && next === undefined ? 'plain' : undefined;
  });
}

/** Builds the body tree from cleaned body lines. */
export function buildBody(lines: readonly Line[]): Root {
  const kinds = classify(lines);
  const present = RANKS.filter((group) => group.some((k) => kinds.includes(k)));
  const depthOf = (kind: HeadingKind): Depth => (2 + present.findIndex((group) => group.includes(kind))) as Depth;

  const children: Root['children'] = [];
  let context = 1; // depth of the last numbered or unnumbered heading
  lines.forEach((line, i) => {
    const kind = kinds[i];
    const text = { type: 'text' as const, value: line.text };
    if (kind === undefined) {
      children.push({ type: 'paragraph', children: [text] } satisfies Paragraph);
      return;
    }
    let depth: Depth;
    if (kind === 'ordinal') {
      depth = Math.min(context + 1, 6) as Depth;
    } else {
      depth = depthOf(kind);
      context = depth;
    }
    children.push({ type: 'heading', depth, children: [text] } satisfies Heading);
  });
  return { type: 'root', children };
}
