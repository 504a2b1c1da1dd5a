import type { RecognizerMatch } from "../types.ts";
import { GIVEN_NAME } from "./name-lexicon.ts";
import { isNamedThingWord } from "./named-thing-words.ts";
import type { ScannedWords } from "./scanned-words.ts";

const NEXT_LOWER_CASE_WORD = /^ (\p{Ll}+)/u;

/**
 * "Maria's order": a clear given name with a possessive is a name even alone, when a
 * lower-case word follows that does not make it an eponym ("Grover's algorithm", "Murphy's
 * law"). Returns the name without its "'s", or null.
 */
export function acceptPossessiveName(scanned: ScannedWords, index: number): RecognizerMatch | null {
  const word = scanned.words[index];
  if (!word?.possessive || word.wordClass !== "name" || (word.kind & GIVEN_NAME) === 0) return null;
  const next = NEXT_LOWER_CASE_WORD.exec(scanned.text.slice(word.end + 2, word.end + 24))?.[1];
  if (next === undefined || isNamedThingWord(next)) return null;
  return { start: word.start, end: word.end, canonical: word.lower, score: 0.7 };
}
