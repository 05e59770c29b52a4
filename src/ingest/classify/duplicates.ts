/**
 * Finds near-duplicate documents: character 5-gram shingles, one-permutation MinHash signatures,
 * LSH banding for candidate pairs, exact Jaccard/containment to confirm. Near-linear in the corpus size.
 */
import { createHash } from 'node:crypto';
import { fnv1a } from '../../utils/fnv1a.ts';

/** Shingle length in characters (letters and digits only). */
const SHINGLE = 5;
/** Signature bins (one-permutation hashing). */
const BINS = 128;
/**
 * LSH bands of ROWS bins each (126 of the 128 bins): a pair becomes a candidate with probability
 * 1 − (1 − J³)⁴² — 0.996 at Jaccard 0.5, 0.68 at 0.3 (those are then dropped by the estimate below).
 */
const BANDS = 42;
const ROWS = 3;
/** Duplicates share this Jaccard similarity of shingle sets … */
const MIN_JACCARD = 0.7;
/** … or the shorter one lies this much inside the other, at a Jaccard of at least 0.5 (an excerpt). */
const MIN_CONTAINMENT = 0.9;
const MIN_JACCARD_CONTAINED = 0.5;
/** Candidates whose signatures estimate a Jaccard below this are not compared exactly (σ ≈ 0.045 at 0.5). */
const MIN_ESTIMATE = 0.35;
/** Buckets larger than this are linked through their first member only (mass templates). */
const MAX_BUCKET_PAIRS = 50;

/** Letters and digits only: punctuation, spaces and line breaks do not make documents differ. */
export function normalizeForShingles(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** 32-bit hash of `SHINGLE` characters starting at `start` (FNV-1a, then a murmur3 finalizer). */
function shingleHash(text: string, start: number): number {
  let h = fnv1a(text, start, start + SHINGLE);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The distinct shingle hashes of a normalized text, sorted. */
export function shingleSet(normalized: string): Uint32Array {
  const n = Math.max(0, normalized.length - SHINGLE + 1);
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) hashes[i] = shingleHash(normalized, i);
  hashes.sort();
  let w = 0;
  for (let i = 0; i < n; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[w++] = hashes[i]!;
  return hashes.subarray(0, w);
}

/** One-permutation MinHash: the top bits of a hash pick a bin, the rest compete for its minimum. */
function signature(normalized: string): Uint32Array {
  const sig = new Uint32Array(BINS).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= normalized.length; i++) {
    const h = shingleHash(normalized, i);
    const bin = h >>> 25;
    const value = h & 0x1ffffff;
    if (value < sig[bin]!) sig[bin] = value;
  }
  // Densify: an empty bin borrows from the next non-empty one, offset so borrowed values stay distinct.
  for (let j = 0; j < BINS; j++) {
    if (sig[j] !== 0xffffffff) continue;
    for (let t = 1; t < BINS; t++) {
      const v = sig[(j + t) % BINS]!;
      if (v !== 0xffffffff && v < 0x2000000) {
        sig[j] = v + t * 0x2000000;
        break;
      }
    }
  }
  return sig;
}

/** The share of signature bins two documents agree on: an estimate of their Jaccard similarity. */
function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < BINS; i++) if (a[i] === b[i]) same++;
  return same / BINS;
}

/** |A ∩ B| of two sorted sets. */
function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

/** Jaccard similarity and containment of the smaller set in the larger. */
export function similarity(a: Uint32Array, b: Uint32Array): { jaccard: number; containment: number } {
  if (a.length === 0 || b.length === 0) return { jaccard: 0, containment: 0 };
  const inter = intersectionSize(a, b);
  return { jaccard: inter / (a.length + b.length - inter), containment: inter / Math.min(a.length, b.length) };
}

/** True when two shingle sets are near-duplicates. */
export function nearDuplicate(a: Uint32Array, b: Uint32Array): boolean {
  const { jaccard, containment } = similarity(a, b);
  return jaccard >= MIN_JACCARD || (containment >= MIN_CONTAINMENT && jaccard >= MIN_JACCARD_CONTAINED);
}

/** Candidate pairs (i < j) whose signatures agree on at least one band. */
function candidatePairs(signatures: Uint32Array[]): [number, number][] {
  const n = signatures.length;
  const pairs = new Set<number>();
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, doc) => {
      const key = sig.subarray(band * ROWS, band * ROWS + ROWS).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(doc);
      else buckets.set(key, [doc]);
    });
    for (const bucket of buckets.values()) {
      // A mass template fills a bucket: link its members through the first one, not all pairs.
      const heads = bucket.length > MAX_BUCKET_PAIRS ? 1 : bucket.length - 1;
      for (let x = 0; x < heads; x++) for (let y = x + 1; y < bucket.length; y++) pairs.add(bucket[x]! * n + bucket[y]!);
    }
  }
  return [...pairs].map((p) => [Math.floor(p / n), p % n]);
}

/** What findDuplicates computes of each text: its length in letters and digits, and its MinHash signature. */
export interface TextFeatures {
  length: number;
  signature: Uint32Array;
}

/**
 * Results of an earlier run, by digest of the texts: each text's features, and the verdict of the
 * exact comparison of a pair. Both are pure functions of the texts, so a memo changes how long a
 * run takes, never its result; re-ingesting after one edit then shingles only the edited text and
 * the texts it is compared with.
 */
export interface DuplicateMemo {
  features: Map<string, TextFeatures>;
  /** By `digestA|digestB`, digests in ascending order. */
  verdicts: Map<string, boolean>;
}

/** An empty memo. */
export const emptyDuplicateMemo = (): DuplicateMemo => ({ features: new Map(), verdicts: new Map() });

/** Digest of a text, the memo's key. */
const textDigest = (text: string) => createHash('sha1').update(text).digest('base64');

/**
 * Maps each near-duplicate's key to its canonical key: within a group of near-duplicates the
 * fullest text (most letters and digits; first given on a tie) is canonical and is not in the map.
 * With a `memo`, known texts and pairs are taken from it, and on return it holds exactly what this
 * run used, to be kept for the next run.
 */
export function findDuplicates(docs: readonly { key: string; text: string }[], memo?: DuplicateMemo): Map<string, string> {
  const normalizedTexts = new Map<number, string>();
  const normalized = (i: number): string => {
    let t = normalizedTexts.get(i);
    if (t === undefined) normalizedTexts.set(i, (t = normalizeForShingles(docs[i]!.text)));
    return t;
  };
  const digests = memo ? docs.map((d) => textDigest(d.text)) : [];
  const used = emptyDuplicateMemo();
  const features = docs.map((_, i): TextFeatures => {
    const known = memo?.features.get(digests[i]!);
    const f = known ?? { length: normalized(i).length, signature: signature(normalized(i)) };
    if (memo) used.features.set(digests[i]!, f);
    return f;
  });
  const usable = features.flatMap((f, i) => (f.length >= SHINGLE ? [i] : []));
  const signatures = usable.map((i) => features[i]!.signature);
  const sets = new Map<number, Uint32Array>();
  const setOf = (i: number): Uint32Array => {
    let s = sets.get(i);
    if (!s) sets.set(i, (s = shingleSet(normalized(i))));
    return s;
  };
  const verdict = (a: number, b: number): boolean => {
    if (!memo) return nearDuplicate(setOf(a), setOf(b));
    const key = digests[a]! < digests[b]! ? `${digests[a]}|${digests[b]}` : `${digests[b]}|${digests[a]}`;
    const v = memo.verdicts.get(key) ?? nearDuplicate(setOf(a), setOf(b));
    used.verdicts.set(key, v);
    return v;
  };
  const parent = docs.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const [x, y] of candidatePairs(signatures)) {
    const a = usable[x]!;
    const b = usable[y]!;
    if (root(a) === root(b) || estimatedJaccard(signatures[x]!, signatures[y]!) < MIN_ESTIMATE) continue;
    if (verdict(a, b)) parent[root(a)] = root(b);
  }
  if (memo) Object.assign(memo, used);
  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const group = groups.get(root(i));
    if (group) group.push(i);
    else groups.set(root(i), [i]);
  });
  const result = new Map<string, string>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const canonical = members.reduce((best, i) => (features[i]!.length > features[best]!.length ? i : best));
    for (const i of members) if (i !== canonical) result.set(docs[i]!.key, docs[canonical]!.key);
  }
  return result;
}
