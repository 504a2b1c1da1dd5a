import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

/** Placeholder while the street address recognizer is written. */
export const streetAddressRecognizer: Recognizer = {
  id: "street-address",
  type: "STREET_ADDRESS",
  find(_input: NormalizedText): RecognizerMatch[] {
    return [];
  },
};
