import { normalizeText } from "../normalize-text.ts";
import type { Recognizer } from "../types.ts";

/** What a recognizer found, as the original text of each match and its canonical form. */
export interface FoundValue {
  value: string;
  canonical: string;
}

/**
 * Test helper: runs one recognizer over `text` (normalised first, as the detector does) and
 * returns each match as written in the original text, with its canonical form.
 */
export function findValues(recognizer: Recognizer, text: string): FoundValue[] {
  const input = normalizeText(text);
  return recognizer.find(input).map((match) => ({
    value: text.slice(input.originalStart(match.start), input.originalEnd(match.end)),
    canonical: match.canonical,
  }));
}
