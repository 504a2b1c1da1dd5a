import type { RecognizerMatch } from "../types.ts";
import type { NameWord } from "./scan-name-words.ts";
import type { ScannedWords } from "./scanned-words.ts";

// The found names are sorted by start and the words are asked about in text order, so one index
// walks the found names alongside the words. (A function rather than a short-lived cursor
// object, for the hidden-class reason given at `cursor` in scan-name-words.ts.)

/** From `next` on, the index of the first found name that ends after `word` starts. */
function foundNameFrom(found: readonly RecognizerMatch[], next: number, word: NameWord): number {
  let index = next;
  while (index < found.length && (found[index]?.end ?? 0) <= word.start) index++;
  return index;
}

/** Whether the found name `match` holds `word`. */
function holds(match: RecognizerMatch | undefined, word: NameWord): boolean {
  return match !== undefined && match.start <= word.start && word.end <= match.end;
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
  let nameWords: Set<string> | null = null;
  let next = 0;
  for (const word of words) {
    if ((word.wordClass !== "name" && word.wordClass !== "unknown") || word.lower.length < 2) continue;
    next = foundNameFrom(found, next, word);
    if (holds(found[next], word)) (nameWords ??= new Set()).add(word.lower);
  }
  if (nameWords === null) return [];
  const repeats: RecognizerMatch[] = [];
  next = 0;
  for (const word of words) {
    if (!nameWords.has(word.lower)) continue;
    next = foundNameFrom(found, next, word);
    if (!holds(found[next], word)) repeats.push({ start: word.start, end: word.end, canonical: word.lower, score: 0.7 });
  }
  return repeats;
}
