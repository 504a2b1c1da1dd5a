import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRule, hasContext } from "../context/has-context.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// ddd-dd-dddd with one separator style used twice ("-", ".", " ", " - "), or none at all.
// Not inside a longer number: no digit (or digit and dash/dot) on either side. The
// look-behind sits after the first digit, so the engine can skip ahead to digits.
const SSN_SHAPE = /(\d)(?<!\d\d|\d[-.]\d)(\d\d)( ?[-.] ?| |)(\d{2})\3(\d{4})(?!\d|[-.]\d)/g;

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

/** Issued SSNs never use area 000, 666 or 900–999, group 00 or serial 0000. */
function isIssuable(area: string, group: string, serial: string): boolean {
  const areaNumber = Number(area);
  return areaNumber !== 0 && areaNumber !== 666 && areaNumber < 900 && group !== "00" && serial !== "0000";
}

/**
 * US Social Security numbers. A separated value (123-45-6789, 123 45 6789, 123.45.6789)
 * needs no context; a bare nine-digit run needs an SSN word nearby, since order and
 * reference numbers look the same.
 */
export const usSsnRecognizer: Recognizer = {
  id: "us-ssn",
  type: "US_SSN",
  find(input: NormalizedText): RecognizerMatch[] {
    const matches: RecognizerMatch[] = [];
    const text = input.text;
    SSN_SHAPE.lastIndex = 0;
    for (let match = SSN_SHAPE.exec(text); match; match = SSN_SHAPE.exec(text)) {
      const [whole, areaFirst = "", areaRest = "", separator = "", group = "", serial = ""] = match;
      const area = areaFirst + areaRest;
      if (!isIssuable(area, group, serial)) continue;
      const start = match.index;
      const end = start + whole.length;
      const bare = separator === "";
      if (bare && !hasContext(input, start, end, SSN_CONTEXT)) continue;
      matches.push({ start, end, canonical: area + group + serial, score: bare ? 0.8 : 0.85 });
    }
    return matches;
  },
};
