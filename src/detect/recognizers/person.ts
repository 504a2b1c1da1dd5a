import { createLexiconNameFinder } from "../names/create-lexicon-name-finder.ts";
import type { NameFinder } from "../names/name-finder.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

export interface PersonRecognizerOptions {
  /** What finds the names. Default: the lexicon-and-context finder (`createLexiconNameFinder`). */
  finder?: NameFinder;
}

/**
 * A PERSON recognizer around a name finder. Canonical values are lower-case with single
 * spaces and in reading order ("SMITH, JOHN" → "john smith"), so one person keeps one
 * placeholder however the name is written. Scores run from 0.7 (a repeated surname) to 0.85
 * (a name in a name field), below every checksum-validated identifier.
 */
export function createPersonRecognizer(options: PersonRecognizerOptions = {}): Recognizer {
  const finder = options.finder ?? createLexiconNameFinder();
  return {
    id: "person",
    type: "PERSON",
    find: function findPeople(input: NormalizedText): RecognizerMatch[] {
      return finder.find(input);
    },
  };
}

/** People's names, found by the default finder. */
export const personRecognizer: Recognizer = createPersonRecognizer();
