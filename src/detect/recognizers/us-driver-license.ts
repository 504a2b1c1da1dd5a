import { contextPattern } from "../context/context-pattern.ts";
import { findLabelledValues } from "../context/find-labelled-values.ts";
import type { LabelledValueRule } from "../context/value-after-label.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";
import { countDigits } from "../char-codes.ts";

// "driver's license" with a straight or a typographic apostrophe, or none; "DL #", "DLN".
const LICENSE_LABELS = contextPattern([
  ...["driver's license", "driver’s license", "drivers license", "driver license"],
  ...["driver's licence", "driver’s licence", "drivers licence", "driver licence", "driving licence", "driving license"],
  ...["driver's lic", "driver’s lic", "drivers lic", "driver lic", "dl", "dl#", "dln", "d/l"],
]);

// Two-letter state codes, as in "DL (CA): A1234567", count as filler words.
const STATE_CODES =
  "al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr";

const LICENSE_VALUE: LabelledValueRule = {
  fillerWords: new Set([
    ...["no", "num", "nbr", "number", "id", "is", "was", "my", "her", "his", "their", "your", "the", "state", "card", "of"],
    ...STATE_CODES.split(" "),
  ]),
  // States issue 1–13 digits, a letter and digits, or letters and digits mixed; a
  // permissive shape (5–20 characters, three digits or more) keeps every state in.
  isValue: (compact) => compact.length >= 5 && compact.length <= 20 && countDigits(compact) >= 3,
  canonical: (compact) => compact.toUpperCase(),
  score: 0.85,
  spacedDigitGroups: true,
};

/**
 * US driver's license numbers. Each state has its own format ("A1234567", "123 456 789",
 * "S530-460-72-000-0", "WDLABCD456DG"), so the label finds them: the first id-shaped token
 * after "driver's license", "DL #", "DLN" …, or a cell under such a column header.
 */
export const usDriverLicenseRecognizer: Recognizer = {
  id: "us-driver-license",
  type: "US_DRIVER_LICENSE",
  find(input: NormalizedText): RecognizerMatch[] {
    return findLabelledValues(input, LICENSE_LABELS, LICENSE_VALUE);
  },
};
