import { createLexiconNameFinder } from "../names/create-lexicon-name-finder.ts";
import type { NameFinder } from "../names/name-finder.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

/**
 * A PERSON recognizer around any name finder. Canonical values are lower-case with single
 * spaces and in reading order ("SMITH, JOHN" → "john smith"), so one person keeps one
 * placeholder however the name is written. Scores run from 0.7 (a repeated surname) to 0.85
 * (a name in a name field), below every checksum-validated identifier.
 */
export function createPersonRecognizer(finder: NameFinder): Recognizer {
  return {
    id: "person",
    type: "PERSON",
    find: (input: NormalizedText): RecognizerMatch[] => finder.find(input),
  };
}

/** People's names, found by the lexicon-and-context finder (see `createLexiconNameFinder`). */
export const personRecognizer: Recognizer = createPersonRecognizer(createLexiconNameFinder());
