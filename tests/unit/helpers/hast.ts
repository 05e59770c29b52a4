/** Builds small hast trees for unit tests of the rehype plugins in src/plugins. */
import type { Element, Root } from 'hast';

/** A heading element with one text child and, when given, an id. */
export const heading = (tagName: string, text: string, id?: string): Element => ({
  type: 'element',
  tagName,
  properties: id ? { id } : {},
  children: [{ type: 'text', value: text }],
});

/** A root holding `children`. */
export const tree = (...children: Element[]): Root => ({ type: 'root', children });
