import { isItinValid } from "../checksums/itin-groups.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRule, hasContext } from "../context/has-context.ts";
import { nineDigitShapes } from "../nine-digit-shapes.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

const ITIN_CONTEXT: ContextRule = {
  pattern: contextPattern([
    "itin",
    "tin",
    "taxpayer id*",
    "taxpayer identification",
    "tax id*",
    "tax identification",
    "tax no",
    "tax number",
    "ssn*",
    "social security",
  ]),
  before: 40,
  after: 20,
};

/**
 * US Individual Taxpayer Identification Numbers: nine digits starting with 9 whose middle
 * group is one the IRS issues (50–65, 70–88, 90–92, 94–99). Like SSNs, a separated value
 * (912-71-2345) needs no context, while a bare nine-digit run needs a tax-id word nearby.
 */
export const usItinRecognizer: Recognizer = {
  id: "us-itin",
  type: "US_ITIN",
  find(input: NormalizedText): RecognizerMatch[] {
    const matches: RecognizerMatch[] = [];
    for (const { start, end, digits, separated } of nineDigitShapes(input)) {
      if (!isItinValid(digits)) continue;
      if (!separated && !hasContext(input, start, end, ITIN_CONTEXT)) continue;
      matches.push({ start, end, canonical: digits, score: separated ? 0.85 : 0.8 });
    }
    return matches;
  },
};
