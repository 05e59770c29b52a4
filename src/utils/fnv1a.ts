/**
 * FNV-1a (32-bit) of a string's UTF-16 code units from `start` to `end`, as an unsigned integer: the
 * one hash behind shard numbers (src/search/shared/index-format.ts), Pagefind bundles, place keys
 * without a division code and duplicate-detection shingles. Runs in the browser too.
 */
export function fnv1a(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
