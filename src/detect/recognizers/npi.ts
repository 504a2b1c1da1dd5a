import { isLuhnValid } from "../checksums/luhn.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRule, hasContext } from "../context/has-context.ts";
import { mentions } from "../context/find-context-words.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// Ten digits starting with 1 or 2, standing alone (not after "+", not inside a longer number).
const NPI_SHAPE = /[12](?<![\w+$€£.,-][12])\d{9}(?![\w]|[.,-]\d)/g;

const NPI_CONTEXT: ContextRule = {
  pattern: contextPattern(["npi", "national provider", "provider", "prescriber", "physician", "clinician"]),
  before: 40,
  after: 20,
};

/**
 * National Provider Identifiers: ten digits starting with 1 or 2 whose Luhn check over
 * "80840" + NPI holds, next to a provider word. Context is required: one ten-digit number
 * in ten passes the check, and US phone numbers are ten digits too.
 */
export const npiRecognizer: Recognizer = {
  id: "npi",
  type: "NPI",
  find(input: NormalizedText): RecognizerMatch[] {
    // Without a provider word anywhere (column headers included) nothing can qualify.
    if (!mentions(input, NPI_CONTEXT.pattern)) return [];
    const matches: RecognizerMatch[] = [];
    const text = input.text;
    NPI_SHAPE.lastIndex = 0;
    for (let match = NPI_SHAPE.exec(text); match; match = NPI_SHAPE.exec(text)) {
      const digits = match[0];
      if (!isLuhnValid(`80840${digits}`)) continue;
      const start = match.index;
      const end = start + digits.length;
      if (!hasContext(input, start, end, NPI_CONTEXT)) continue;
      matches.push({ start, end, canonical: digits, score: 0.9 });
    }
    return matches;
  },
};
