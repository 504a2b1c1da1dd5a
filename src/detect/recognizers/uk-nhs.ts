import { isNhsNumberValid } from "../checksums/nhs-mod11.ts";
import { candidatesNearContext } from "../context/candidates-near-context.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRule, hasContext } from "../context/has-context.ts";
import { digitsOnly } from "../digits-only.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// Ten digits, bare or as 3-3-4 with one separator style ("943 476 5919", "943-476-5919"),
// not inside a longer number, a decimal or an amount (a comma before it ends a CSV cell).
const NHS_SHAPE = /\d(?<![\w$€£.-]\d|\d[ -]\d)\d{2}([ -]?)\d{3}\1\d{4}(?![\w]|[.,-]\d|[ -]\d)/g;

const NHS_CONTEXT: ContextRule = {
  pattern: contextPattern(["nhs", "nhs#", "national health service"]),
  before: 40,
  after: 20,
};

/**
 * NHS numbers (England, Wales, Isle of Man): ten digits passing the mod-11 check, next to
 * an NHS word. Written 3-3-4 they look like phone numbers, and one phone number in eleven
 * passes the check, so context is required. Scores above every phone reading.
 */
export const ukNhsRecognizer: Recognizer = {
  id: "uk-nhs",
  type: "UK_NHS",
  find(input: NormalizedText): RecognizerMatch[] {
    const matches: RecognizerMatch[] = [];
    // Only text near a context word (or under a matching column) can hold a value.
    for (const match of candidatesNearContext(input, NHS_CONTEXT, NHS_SHAPE, "943 476 5919".length)) {
      const digits = digitsOnly(match[0]);
      if (!isNhsNumberValid(digits)) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (!hasContext(input, start, end, NHS_CONTEXT)) continue;
      matches.push({ start, end, canonical: digits, score: 0.9 });
    }
    return matches;
  },
};
