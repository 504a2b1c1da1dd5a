import { contextPattern } from "../context/context-pattern.ts";
import { findLabelledValues } from "../context/find-labelled-values.ts";
import type { LabelledValueRule } from "../context/value-after-label.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";
import { countDigits } from "../char-codes.ts";

const PASSPORT_LABELS = contextPattern(["passport*"]);

const PASSPORT_VALUE: LabelledValueRule = {
  fillerWords: new Set(["no", "num", "nbr", "number", "id", "is", "was", "my", "her", "his", "their", "your", "the", "us", "u", "s", "usa", "book", "card", "of"]),
  // Nine letters and digits, mostly digits: "123456789" (older books), "A12345678" (Next
  // Generation books), "C03005988" (passport cards).
  isValue: (compact) => /^[A-Za-z0-9]{9}$/.test(compact) && countDigits(compact) >= 6,
  canonical: (compact) => compact.toUpperCase(),
  score: 0.85,
};

/**
 * US passport book and card numbers: nine letters and digits (digits, or a letter and eight
 * digits) right after a "passport" label, or under a passport column. The format alone
 * matches countless other ids, so the label is required.
 */
export const usPassportRecognizer: Recognizer = {
  id: "us-passport",
  type: "US_PASSPORT",
  find(input: NormalizedText): RecognizerMatch[] {
    return findLabelledValues(input, PASSPORT_LABELS, PASSPORT_VALUE);
  },
};
