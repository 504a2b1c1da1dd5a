import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRule, hasContext } from "../context/has-context.ts";
import { nineDigitShapes } from "../nine-digit-shapes.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

const SSN_CONTEXT: ContextRule = {
  pattern: contextPattern([
    "ssn*",
    "social security",
    "social sec",
    "soc sec",
    "ss#",
    "ss #",
    "ss no",
    "ss num*",
  ]),
  before: 40,
  after: 20,
};

// "Social" alone is how people and spreadsheets say SSN ("my social is …", a "Social"
// column), but also a common word, so it counts only right before the value or as its header.
const SOCIAL_LABEL: ContextRule = { pattern: contextPattern(["social"]), before: 16, after: 0 };

/** Issued SSNs never use area 000, 666 or 900–999, group 00 or serial 0000. */
function isIssuable(digits: string): boolean {
  const area = Number(digits.slice(0, 3));
  return area !== 0 && area !== 666 && area < 900 && digits.slice(3, 5) !== "00" && digits.slice(5) !== "0000";
}

/**
 * US Social Security numbers. A separated value (123-45-6789, 123 45 6789, 123.45.6789)
 * needs no context; a bare nine-digit run needs an SSN word nearby, since order and
 * reference numbers look the same (or "social" just before it, or heading its column).
 */
export const usSsnRecognizer: Recognizer = {
  id: "us-ssn",
  type: "US_SSN",
  find(input: NormalizedText): RecognizerMatch[] {
    const matches: RecognizerMatch[] = [];
    for (const { start, end, digits, separated } of nineDigitShapes(input)) {
      if (!isIssuable(digits)) continue;
      if (!separated && !hasContext(input, start, end, SSN_CONTEXT) && !hasContext(input, start, end, SOCIAL_LABEL)) continue;
      matches.push({ start, end, canonical: digits, score: separated ? 0.85 : 0.8 });
    }
    return matches;
  },
};
