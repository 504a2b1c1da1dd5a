import type { NormalizedText, RecognizerMatch } from "../types.ts";

/**
 * Finds people's names in normalised text. The PERSON recognizer depends on this interface
 * only, so the lexicon-and-context finder can be swapped for another (a statistical model,
 * a vendor NER call in a test) without touching the detector.
 */
export interface NameFinder {
  /** Names in normalised offsets, sorted by start and disjoint, canonical lower-case. */
  find(input: NormalizedText): RecognizerMatch[];
}
