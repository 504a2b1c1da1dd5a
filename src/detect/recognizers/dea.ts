import { isDeaValid } from "../checksums/dea-checksum.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRequiredValue, findValuesNearContext } from "../context/find-values-near-context.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// Two letters (or a letter and "9") and seven digits standing alone: not glued to other
// letters or digits, not continued as "-01" (that is a member id's suffix).
const DEA_SHAPE = /[A-Za-z](?<![A-Za-z0-9][A-Za-z])[A-Za-z9]\d{7}(?![A-Za-z0-9]|[-.]\d)/g;

const DEA: ContextRequiredValue = {
  shape: DEA_SHAPE,
  longest: 9,
  context: { pattern: contextPattern(["dea", "dea#", "drug enforcement", "controlled substance*", "narcotic*"]), before: 40, after: 20 },
  canonicalOf(written) {
    const canonical = written.toUpperCase();
    return isDeaValid(canonical) ? canonical : null;
  },
  score: 0.9,
};

/**
 * DEA registration numbers: a registrant-type letter, the registrant's initial, and seven
 * digits whose last is the DEA check digit, next to a DEA word. One random value in ten
 * passes the check, and the shape is common for other codes, so context is required.
 */
export const deaRecognizer: Recognizer = {
  id: "dea",
  type: "DEA",
  find(input: NormalizedText): RecognizerMatch[] {
    return findValuesNearContext(input, DEA);
  },
};
