/** Decides whether an article is about people's-congress work (onTopic) from its vocabulary. */
import { countMatches, termMatcher, type TermMatcher } from './terms.ts';

/** content/scope.yaml: vocabulary of people's-congress work and of neighbouring bodies. */
export interface ScopeData {
  inside: string[];
  outside: string[];
  /** Minimum share of inside-vocabulary among all scope vocabulary for onTopic. */
  threshold: number;
}

/** Compiled scope vocabulary. */
export interface ScopeMatcher {
  inside: TermMatcher;
  outside: TermMatcher;
  threshold: number;
}

/** Compiles content/scope.yaml. */
export function scopeMatcher(data: ScopeData): ScopeMatcher {
  return { inside: termMatcher(data.inside), outside: termMatcher(data.outside), threshold: data.threshold };
}

/** Counts of both vocabularies and the verdict. */
export interface ScopeVerdict {
  onTopic: boolean;
  inside: number;
  outside: number;
}

/**
 * On topic when people's-congress vocabulary (人大, 人民代表大会, 主席团 …) makes up at least the
 * threshold share of all scope vocabulary, 政协/提案/工商联 … being the rest.
 */
export function judgeScope(text: string, scope: ScopeMatcher): ScopeVerdict {
  const inside = countMatches(text, scope.inside);
  const outside = countMatches(text, scope.outside);
  const onTopic = inside > 0 && inside / (inside + outside) >= scope.threshold;
  return { onTopic, inside, outside };
}
