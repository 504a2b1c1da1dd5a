import { longDigitClusters } from "../digit-clusters.ts";
import { findInternationalNumbers } from "../phone/find-international-numbers.ts";
import { findNanpNumbers } from "../phone/find-nanp-numbers.ts";
import { findTrunkNumbers } from "../phone/find-trunk-numbers.ts";
import { withExtension } from "../phone/with-extension.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

/**
 * Telephone numbers: international ("+44 20 7946 0958", "+12073863588"), North American
 * ("(617) 527-3490", "617.527.3490", bare ten digits next to a phone word) and national
 * numbers with a trunk 0 ("07697 648503", "06 12 34 56 78"), each with its extension if one is
 * written ("ext. 204", "x12"). Canonical form is E.164 when the country is known.
 *
 * Hand-written patterns rather than libphonenumber's text scanner: that one costs about a
 * millisecond per 2 KB prompt, this about a microsecond. Overlaps between the three shapes are
 * left to the detector, which keeps the higher-scoring (international) reading.
 */
export const phoneRecognizer: Recognizer = {
  id: "phone",
  type: "PHONE",
  find(input: NormalizedText): RecognizerMatch[] {
    const text = input.text;
    const clusters = longDigitClusters(input);
    if (clusters.length === 0) return [];
    const matches = [...findInternationalNumbers(input, clusters), ...findNanpNumbers(input, clusters), ...findTrunkNumbers(input, clusters)];
    for (let index = 0; index < matches.length; index++) {
      const match = matches[index];
      if (match) matches[index] = withExtension(text, match);
    }
    return matches;
  },
};
