/**
 * Where each removal sat in its source line, so an editor can judge it in context (the review
 * page shows the line with the removed span struck through).
 */
import type { Removal } from './types.ts';

/** Characters of the source line kept on either side of a removed span. */
const CONTEXT = 30;

/** A removal with the text before and after it on its source line (shortened to CONTEXT characters). */
export interface RemovalInContext extends Removal {
  before: string;
  after: string;
}

/**
 * The removals of an article with their context; `lines` are the decoded file's lines (line n is
 * `lines[n - 1]`). Several removals on one line are looked for left to right; a removal whose text
 * is not on its line as written (a title put together from several lines) gets no context.
 */
export function removalsInContext(lines: readonly string[], removed: readonly Removal[]): RemovalInContext[] {
  const cursor = new Map<number, number>();
  return removed.map((r) => {
    const line = lines[r.line - 1] ?? '';
    const from = cursor.get(r.line) ?? 0;
    let at = r.text ? line.indexOf(r.text, from) : -1;
    if (at < 0 && r.text) at = line.indexOf(r.text);
    if (at < 0) return { ...r, before: '', after: '' };
    cursor.set(r.line, at + r.text.length);
    const before = [...line.slice(0, at)].slice(-CONTEXT).join('');
    const after = [...line.slice(at + r.text.length)].slice(0, CONTEXT).join('');
    return { ...r, before, after };
  });
}
