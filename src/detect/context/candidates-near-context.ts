import type { NormalizedText } from "../types.ts";
import { contextRanges } from "./context-ranges.ts";
import { findContextWords } from "./find-context-words.ts";
import type { ContextRule } from "./has-context.ts";
import { matchesInRanges } from "./matches-in-ranges.ts";

/**
 * Matches of the global `shape` (values at most `longest` characters long) that lie where
 * the rule's context could reach them: near one of its words or in a column headed by one.
 * Candidates still need `hasContext`; this only spares scanning text that cannot qualify.
 */
export function candidatesNearContext(input: NormalizedText, rule: ContextRule, shape: RegExp, longest: number): RegExpExecArray[] {
  const words = findContextWords(input, rule.pattern);
  const ranges = contextRanges(input, rule.pattern, words, rule.after + longest, rule.before + 1);
  return ranges.length === 0 ? [] : matchesInRanges(shape, input.text, ranges);
}
