/** Title helpers shared by clean (duplicate title lines) and structure (the title field). */
import { visibleLength } from './text.ts';

/** Shortest title left after removing junk suffixes; a suffix is never the whole title. */
const MIN_TITLE = 4;

/**
 * Removes junk suffixes such as (精) 人大政协 （精选） from the end of a title, repeatedly; returns
 * the title and the removed suffixes in the order they were removed.
 */
export function stripTitleSuffixes(title: string, patterns: readonly RegExp[]): { title: string; suffixes: string[] } {
  let rest = title.trim();
  const suffixes: string[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of patterns) {
      const m = pattern.exec(rest);
      if (!m || m[0] === '') continue;
      const shorter = rest.slice(0, m.index).trimEnd();
      if (visibleLength(shorter) < MIN_TITLE) continue;
      suffixes.push(m[0]);
      rest = shorter;
      changed = true;
    }
  }
  return { title: rest, suffixes };
}
