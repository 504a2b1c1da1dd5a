import { IBAN_COUNTRY_LENGTHS } from "../checksums/iban-country-lengths.ts";
import { ibanMod97 } from "../checksums/iban-mod97.ts";
import { LETTER_THEN_DIGIT, mayHaveShape } from "../context/text-shapes.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// Country letters, check digits, then alphanumerics optionally grouped by single spaces.
// Greedy and bounded; the exact end is decided by the country's length below. The
// look-behind (nothing alphanumeric before the letters) comes after them, so the engine
// skips ahead on letters first.
const IBAN_SHAPE = /[A-Za-z]{2}(?<![A-Za-z0-9][A-Za-z]{2})\d{2}(?: ?[A-Za-z0-9]){8,30}/g;

function isAlphanumeric(character: string | undefined): boolean {
  return character !== undefined && /[A-Za-z0-9]/.test(character);
}

/**
 * Where the IBAN inside `candidate` ends (exclusive), given its country's length, or -1 when
 * the candidate is too short or the value runs on into more letters or digits.
 */
function ibanEnd(candidate: string, length: number): number {
  let counted = 0;
  for (let index = 0; index < candidate.length; index++) {
    if (candidate[index] === " ") continue;
    counted++;
    if (counted === length) return isAlphanumeric(candidate[index + 1]) ? -1 : index + 1;
  }
  return -1;
}

/**
 * International Bank Account Numbers in any case, compact or in space-separated groups:
 * the country's registered length and the ISO 7064 mod-97 check must both hold.
 * No context needed: a random string passes both one time in thousands.
 */
export const ibanRecognizer: Recognizer = {
  id: "iban",
  type: "IBAN",
  find(input: NormalizedText): RecognizerMatch[] {
    const matches: RecognizerMatch[] = [];
    // Every IBAN has its check digits right after the country letters.
    if (!mayHaveShape(input, LETTER_THEN_DIGIT)) return matches;
    const text = input.text;
    IBAN_SHAPE.lastIndex = 0;
    for (let match = IBAN_SHAPE.exec(text); match; match = IBAN_SHAPE.exec(text)) {
      const candidate = match[0];
      // Retry from the next character, so an IBAN starting inside a failed candidate is found.
      IBAN_SHAPE.lastIndex = match.index + 1;
      const length = IBAN_COUNTRY_LENGTHS[candidate.slice(0, 2).toUpperCase()];
      if (length === undefined) continue;
      const end = ibanEnd(candidate, length);
      if (end === -1) continue;
      const canonical = candidate.slice(0, end).replace(/ /g, "").toUpperCase();
      if (ibanMod97(canonical) !== 1) continue;
      matches.push({ start: match.index, end: match.index + end, canonical, score: 0.99 });
      IBAN_SHAPE.lastIndex = match.index + end;
    }
    return matches;
  },
};
