import type { NormalizedText, RecognizerMatch } from "../types.ts";
import { contextRanges } from "./context-ranges.ts";
import { findContextWords } from "./find-context-words.ts";
import { type ContextRule, hasContext } from "./has-context.ts";
import { matchesInRanges } from "./matches-in-ranges.ts";

/** A value whose format is common, so that it counts only next to one of its context words. */
export interface ContextRequiredValue {
  /** Global regex of the value's written form. */
  shape: RegExp;
  /** The longest text `shape` can match. */
  longest: number;
  /** Context words and where they are looked for. */
  context: ContextRule;
  /** The value's canonical form when it passes its check (checksum, format), else null. */
  canonicalOf(written: string): string | null;
  score: number;
}

/**
 * Every value of `rule` that passes its check and has a context word nearby (see
 * `hasContext`). Only the text where a context word could reach a value is scanned: near
 * each word, and in table columns headed by one, so text that never mentions the words
 * costs a keyword lookup and nothing more.
 */
export function findValuesNearContext(input: NormalizedText, rule: ContextRequiredValue): RecognizerMatch[] {
  const { context } = rule;
  const words = findContextWords(input, context.pattern);
  const ranges = contextRanges(input, context.pattern, words, context.after + rule.longest, context.before + 1);
  if (ranges.length === 0) return [];
  const matches: RecognizerMatch[] = [];
  for (const match of matchesInRanges(rule.shape, input.text, ranges)) {
    const canonical = rule.canonicalOf(match[0]);
    if (canonical === null) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (hasContext(input, start, end, context)) matches.push({ start, end, canonical, score: rule.score });
  }
  return matches;
}
