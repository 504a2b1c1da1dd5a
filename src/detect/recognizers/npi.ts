import { isNpiValid } from "../checksums/npi-checksum.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRequiredValue, findValuesNearContext } from "../context/find-values-near-context.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// Ten digits starting with 1 or 2, standing alone (not after "+", not inside a longer number).
const NPI_SHAPE = /[12](?<![\w+$€£.,-][12])\d{9}(?![\w]|[.,-]\d)/g;

const NPI: ContextRequiredValue = {
  shape: NPI_SHAPE,
  longest: 10,
  context: {
    pattern: contextPattern(["npi", "national provider", "provider", "prescriber", "physician", "clinician"]),
    before: 40,
    after: 20,
  },
  canonicalOf: (written) => (isNpiValid(written) ? written : null),
  score: 0.9,
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
    return findValuesNearContext(input, NPI);
  },
};
