/**
 * The removal audit: a removal may take only noise, never body sentences. A removed span is
 * suspicious when it has sentence punctuation and holds a sentence (text between 。！？；) of at least
 * `minProse` Han characters with none of the boilerplate words of content/noise.yaml `audit`
 * (文档, 会员, 公众号, URLs …) in it. Copies of text kept elsewhere (teaser, repeated title,
 * outline, compilation markers) are not audited.
 */
import type { Removal, RemovalKind } from './types.ts';

/** content/noise.yaml `audit`: what marks a removed sentence as site text rather than prose. */
export interface AuditRules {
  /** Words (regular expressions) found in site text: 文档, 会员, 下载, www. … */
  words: RegExp[];
  /** Han characters a sentence needs to count as prose. */
  minProse: number;
}

/** Removals that repeat text the document keeps, or that cannot hold prose. */
const NOT_AUDITED: ReadonlySet<RemovalKind> = new Set(['marker', 'teaser', 'duplicate-title', 'outline', 'preamble', 'invisible', 'whitespace', 'pinyin']);

const HAN = /\p{Script=Han}/gu;

/** The sentences of a removed span that read as body prose (empty when it is all noise). */
export function proseIn(text: string, rules: AuditRules): string[] {
  if (!/[。！？!?；;]/u.test(text)) return [];
  return text
    .split(/(?<=[。！？!?；;])/u)
    .filter((s) => (s.match(HAN)?.length ?? 0) >= rules.minProse && !rules.words.some((w) => w.test(s)));
}

/** Removals whose text holds body prose (see the module comment). */
export function suspiciousRemovals(removed: readonly Removal[], rules: AuditRules): Removal[] {
  return removed.filter((r) => !NOT_AUDITED.has(r.kind) && proseIn(r.text, rules).length > 0);
}

/** A document's removals with where they come from, for the audit's messages. */
export interface AuditedDocument {
  id: string;
  file: string;
  removed: readonly Removal[];
}

/** One report problem per suspicious removal, naming the file, line, document and the prose it took. */
export function auditProblems(documents: readonly AuditedDocument[], rules: AuditRules): string[] {
  return documents.flatMap((doc) =>
    suspiciousRemovals(doc.removed, rules).map((r) => {
      const sentence = proseIn(r.text, rules)[0]!.trim();
      return `${doc.file}:${r.line} [${doc.id}]: 作为${r.kind}删除的文字含正文句子“${sentence.slice(0, 40)}${sentence.length > 40 ? '…' : ''}”，请检查 content/noise.yaml 的规则`;
    }),
  );
}
