import { isAbaRoutingValid } from "../checksums/aba-routing-checksum.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRequiredValue, findValuesNearContext } from "../context/find-values-near-context.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// Nine digits standing alone: not part of a longer number, a decimal or an amount.
const NINE_DIGITS = /\d(?<![\w$€£.,-]\d)\d{8}(?![\w]|[.,-]\d)/g;

const ROUTING: ContextRequiredValue = {
  shape: NINE_DIGITS,
  longest: 9,
  context: {
    // "⑆" is the MICR transit symbol that brackets the routing number on a cheque.
    pattern: contextPattern(["routing", "aba", "rtn", "transit", "wire*", "micr", "⑆"]),
    before: 40,
    after: 20,
  },
  canonicalOf: (written) => (isAbaRoutingValid(written) ? written : null),
  score: 0.9,
};

/**
 * ABA routing transit numbers: nine digits passing the 3-7-1 checksum with a Federal Reserve
 * prefix, next to a routing word. The checksum alone passes one random number in ten.
 */
export const abaRoutingRecognizer: Recognizer = {
  id: "aba-routing",
  type: "ABA_ROUTING",
  find(input: NormalizedText): RecognizerMatch[] {
    return findValuesNearContext(input, ROUTING);
  },
};
