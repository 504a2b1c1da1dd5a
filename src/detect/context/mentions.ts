import type { NormalizedText } from "../types.ts";
import type { ContextPattern } from "./context-pattern.ts";

const answersByInput = new WeakMap<NormalizedText, Map<ContextPattern, boolean>>();

/**
 * Whether the input might contain one of the pattern's words: a case-insensitive search for
 * its keywords, made once per input and pattern. False means certainly not (column headers
 * included), so recognizers can skip every window and table lookup for that pattern.
 */
export function mentions(input: NormalizedText, pattern: ContextPattern): boolean {
  let answers = answersByInput.get(input);
  if (!answers) {
    answers = new Map();
    answersByInput.set(input, answers);
  }
  let answer = answers.get(pattern);
  if (answer === undefined) {
    answer = pattern.keywords.test(input.text);
    answers.set(pattern, answer);
  }
  return answer;
}
