import { isNhsNumberValid } from "../checksums/nhs-mod11.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRequiredValue, findValuesNearContext } from "../context/find-values-near-context.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";
import { digitsOnly } from "../char-codes.ts";

// Ten digits, bare or as 3-3-4 with one separator style ("943 476 5919", "943-476-5919"),
// not inside a longer number, a decimal or an amount (a comma before it ends a CSV cell).
const NHS_SHAPE = /\d(?<![\w$€£.-]\d|\d[ -]\d)\d{2}([ -]?)\d{3}\1\d{4}(?![\w]|[.,-]\d|[ -]\d)/g;

const NHS: ContextRequiredValue = {
  shape: NHS_SHAPE,
  longest: "943 476 5919".length,
  context: { pattern: contextPattern(["nhs", "nhs#", "national health service"]), before: 40, after: 20 },
  canonicalOf(written) {
    const digits = digitsOnly(written);
    return isNhsNumberValid(digits) ? digits : null;
  },
  score: 0.9,
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
    return findValuesNearContext(input, NHS);
  },
};
