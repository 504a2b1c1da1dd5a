import { isMbiValid } from "../checksums/mbi-format.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRule, hasContext } from "../context/has-context.ts";
import { DIGIT_THEN_LETTER, mayHaveShape } from "../context/text-shapes.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// Eleven letters and digits in the MBI's digit/letter rhythm, compact or dashed 4-3-4
// ("1EG4-TE5-MK73"), standing alone. Exact letters are checked by `isMbiValid`.
const MBI_SHAPE =
  /[1-9](?<![A-Za-z0-9][1-9])[A-Za-z][A-Za-z0-9]\d(-?)[A-Za-z][A-Za-z0-9]\d\1[A-Za-z]{2}\d{2}(?![A-Za-z0-9]|-[A-Za-z0-9])/g;

const MBI_CONTEXT: ContextRule = {
  pattern: contextPattern(["mbi", "medicare*", "beneficiary", "cms", "hicn"]),
  before: 40,
  after: 20,
};

/**
 * Medicare Beneficiary Identifiers: eleven characters following the CMS position rules
 * (see `isMbiValid`), compact or dashed 4-3-4. The rhythm is distinctive enough to stand
 * alone in upper case (score 0.8); lower- or mixed-case values need a Medicare word, and
 * any value next to one scores 0.9.
 */
export const mbiRecognizer: Recognizer = {
  id: "mbi",
  type: "MBI",
  find(input: NormalizedText): RecognizerMatch[] {
    const matches: RecognizerMatch[] = [];
    // Every MBI has a letter right after its first digit.
    if (!mayHaveShape(input, DIGIT_THEN_LETTER)) return matches;
    const text = input.text;
    MBI_SHAPE.lastIndex = 0;
    for (let match = MBI_SHAPE.exec(text); match; match = MBI_SHAPE.exec(text)) {
      const value = match[0];
      const canonical = value.replace(/-/g, "").toUpperCase();
      if (!isMbiValid(canonical)) continue;
      const start = match.index;
      const end = start + value.length;
      const labelled = hasContext(input, start, end, MBI_CONTEXT);
      const upperCase = value === value.toUpperCase();
      if (!labelled && !upperCase) continue;
      matches.push({ start, end, canonical, score: labelled ? 0.9 : 0.8 });
    }
    return matches;
  },
};
