import { isItinValid } from "../checksums/itin-groups.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRule, hasContext } from "../context/has-context.ts";
import { longDigitClusters } from "../digit-clusters.ts";
import { matchesInClusters } from "../matches-in-clusters.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// 9dd-dd-dddd with one separator style used twice ("-", ".", " ", " - "), or none at all,
// not inside a longer number: the SSN's shape, in the area SSNs never use.
const ITIN_SHAPE = /9(?<!\d9|\d[-.]9)(\d\d)( ?[-.] ?| |)(\d{2})\2(\d{4})(?!\d|[-.]\d)/g;

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
    const text = input.text;
    for (const match of matchesInClusters(ITIN_SHAPE, text, longDigitClusters(input), 9)) {
      const [whole, areaRest = "", separator = "", group = "", serial = ""] = match;
      const digits = `9${areaRest}${group}${serial}`;
      if (!isItinValid(digits)) continue;
      const start = match.index;
      const end = start + whole.length;
      const bare = separator === "";
      if (bare && !hasContext(input, start, end, ITIN_CONTEXT)) continue;
      matches.push({ start, end, canonical: digits, score: bare ? 0.8 : 0.85 });
    }
    return matches;
  },
};
