import { ISO_COUNTRY_CODES } from "../checksums/iso-country-codes.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { findLabelledValues } from "../context/find-labelled-values.ts";
import type { LabelledValueRule } from "../context/value-after-label.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// "Bank Identifier Code" spelled out is rare without "BIC" next to it; leaving it out keeps
// the keyword search off the very common word "bank".
const BIC_LABELS = contextPattern(["swift*", "bic", "bic#"]);

// Bank code (4 letters), country (2 letters), location (2 letters or digits), optionally a
// branch (3 letters or digits): "DEUTDEFF", "BARCGB22", "DEUTDEFF500".
const BIC_SHAPE = /^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

const BIC_VALUE: LabelledValueRule = {
  fillerWords: new Set([
    ...["code", "codes", "number", "no", "id", "is", "the", "of", "our", "my", "their", "your", "bank", "s"],
    ...["beneficiary", "receiving", "intermediary", "correspondent", "swift", "bic", "and", "or", "for", "address"],
  ]),
  // Upper case as written: in lower case, words like "required" (requ-IR-ed) fit the shape.
  isValue: (compact) => BIC_SHAPE.test(compact) && ISO_COUNTRY_CODES.has(compact.slice(4, 6)),
  canonical: (compact) => compact,
  score: 0.85,
  maxGap: 40,
};

/**
 * SWIFT/BIC codes (ISO 9362): 8 or 11 upper-case characters with a valid ISO country code
 * in positions 5–6. Plenty of upper-case words have that shape ("TRANSACTION"), so a code
 * counts only when clearly labelled: right after "SWIFT", "BIC", "SWIFT code of the
 * beneficiary bank" …, or in a SWIFT/BIC table column.
 */
export const swiftBicRecognizer: Recognizer = {
  id: "swift-bic",
  type: "SWIFT_BIC",
  find(input: NormalizedText): RecognizerMatch[] {
    return findLabelledValues(input, BIC_LABELS, BIC_VALUE);
  },
};
