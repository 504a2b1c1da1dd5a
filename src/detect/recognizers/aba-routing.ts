import { isAbaRoutingValid } from "../checksums/aba-routing-checksum.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRule, hasContext } from "../context/has-context.ts";
import { mentions } from "../context/find-context-words.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// Nine digits standing alone: not part of a longer number, a decimal or an amount.
const NINE_DIGITS = /\d(?<![\w$€£.,-]\d)\d{8}(?![\w]|[.,-]\d)/g;

const ROUTING_CONTEXT: ContextRule = {
  // "⑆" is the MICR transit symbol that brackets the routing number on a cheque.
  pattern: contextPattern(["routing", "aba", "rtn", "transit", "wire*", "micr", "⑆"]),
  before: 40,
  after: 20,
};

/**
 * ABA routing transit numbers: nine digits passing the 3-7-1 checksum with a Federal Reserve
 * prefix, next to a routing word. The checksum alone passes one random number in ten.
 */
export const abaRoutingRecognizer: Recognizer = {
  id: "aba-routing",
  type: "ABA_ROUTING",
  find(input: NormalizedText): RecognizerMatch[] {
    // Without a routing word anywhere (column headers included) nothing can qualify.
    if (!mentions(input, ROUTING_CONTEXT.pattern)) return [];
    const matches: RecognizerMatch[] = [];
    const text = input.text;
    NINE_DIGITS.lastIndex = 0;
    for (let match = NINE_DIGITS.exec(text); match; match = NINE_DIGITS.exec(text)) {
      const digits = match[0];
      if (!isAbaRoutingValid(digits)) continue;
      const start = match.index;
      const end = start + digits.length;
      if (!hasContext(input, start, end, ROUTING_CONTEXT)) continue;
      matches.push({ start, end, canonical: digits, score: 0.9 });
    }
    return matches;
  },
};
