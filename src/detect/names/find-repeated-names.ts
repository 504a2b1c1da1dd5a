import type { RecognizerMatch } from "../types.ts";
import type { NameWord } from "./scan-name-words.ts";
import type { ScannedWords } from "./scanned-words.ts";

/** For each word, whether it lies inside one of the found names (sorted by start). */
function wordsInFound(words: readonly NameWord[], found: readonly RecognizerMatch[]): boolean[] {
  const inFound: boolean[] = [];
  let foundIndex = 0;
  for (const word of words) {
    while (foundIndex < found.length && (found[foundIndex]?.end ?? 0) <= word.start) foundIndex++;
    const match = found[foundIndex];
    inFound.push(match !== undefined && match.start <= word.start && word.end <= match.end);
  }
  return inFound;
}

/**
 * Later (or earlier) mentions of part of a found name: "Dear Mr. Okafor … Okafor's account"
 * after "Chidi Okafor". Only clear and unknown-to-the-lexicon words of found names are
 * followed, never ambiguous ones ("Rose", "Will") or initials; each mention is a name of its
 * own, canonical in lower case, scored below the names it repeats.
 */
export function findRepeatedNames(scanned: ScannedWords, found: readonly RecognizerMatch[]): RecognizerMatch[] {
  if (found.length === 0) return [];
  const { words } = scanned;
  const inFound = wordsInFound(words, found);
  const nameWords = new Set<string>();
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (!word || !inFound[index]) continue;
    if ((word.wordClass === "name" || word.wordClass === "unknown") && word.lower.length >= 2) nameWords.add(word.lower);
  }
  if (nameWords.size === 0) return [];
  const repeats: RecognizerMatch[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (word && !inFound[index] && nameWords.has(word.lower)) {
      repeats.push({ start: word.start, end: word.end, canonical: word.lower, score: 0.7 });
    }
  }
  return repeats;
}
