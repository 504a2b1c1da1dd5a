import type { NormalizedText } from "../types.ts";
import { knownKeywordHits } from "./keyword-index.ts";

export { DIGIT_THEN_LETTER, FOUR_DOTTED_GROUPS, LETTER_THEN_DIGIT } from "./character-steps.ts";

/**
 * Whether the input may hold `shape` (`DIGIT_THEN_LETTER`, `LETTER_THEN_DIGIT`, `FOUR_DOTTED_GROUPS`):
 * false only when the keyword walk, which notes the shapes it passes, has run for the input
 * and saw none. Never walks the text itself, so a detector that needs no context words
 * pays nothing for asking.
 */
export function mayHaveShape(input: NormalizedText, shape: number): boolean {
  const hits = knownKeywordHits(input);
  return hits === undefined || (hits.shapes & shape) !== 0;
}
