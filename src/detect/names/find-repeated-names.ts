import type { RecognizerMatch } from "../types.ts";
import type { ScannedWords } from "./scanned-words.ts";

/**
 * Later (or earlier) mentions of part of a found name: "Dear Mr. Okafor … Okafor's account"
 * after "Chidi Okafor". Only clear and unknown-to-the-lexicon words of found names are
 * followed, never ambiguous ones ("Rose", "Will") or initials; each mention is a name of its
 * own, canonical in lower case, scored below the names it repeats.
 */
export function findRepeatedNames(scanned: ScannedWords, found: readonly RecognizerMatch[]): RecognizerMatch[] {
  if (found.length === 0) return [];
  const { words } = scanned;
  const nameWords = new Set<string>();
  let foundIndex = 0;
  const inFound: boolean[] = words.map((word) => {
    while (foundIndex < found.length && (found[foundIndex]?.end ?? 0) <= word.start) foundIndex++;
    const match = found[foundIndex];
    return match !== undefined && match.start <= word.start && word.end <= match.end;
  });
  words.forEach((word, index) => {
    const wordClass = word.wordClass;
    if (inFound[index] && (wordClass === "name" || wordClass === "unknown") && word.lower.length >= 2) nameWords.add(word.lower);
  });
  if (nameWords.size === 0) return [];
  const repeats: RecognizerMatch[] = [];
  words.forEach((word, index) => {
    if (!inFound[index] && nameWords.has(word.lower)) {
      repeats.push({ start: word.start, end: word.end, canonical: word.lower, score: 0.7 });
    }
  });
  return repeats;
}
