import type { RecognizerMatch } from "../types.ts";
import type { ClassifiedWord, NameWordClass } from "./classify-name-word.ts";
import type { NameContext } from "./name-context.ts";
import type { NameRun } from "./group-name-runs.ts";
import { isPlaceOrOrganisationWord } from "./place-or-organisation-words.ts";
import type { NameWord } from "./scan-name-words.ts";

const EVIDENCE: Record<NameWordClass, number> = { name: 2, ambiguous: 1, unknown: 1, initial: 1, word: 0, stop: 0 };
// Evidence a run needs in each context; with none, it also needs two words and a clear name.
const NEEDED: Record<NameContext, number> = { strong: 1, medium: 2, standalone: 2, none: 3 };
const SCORE: Record<NameContext, number> = { strong: 0.85, medium: 0.8, standalone: 0.8, none: 0.75 };
const MAX_WORDS = 4;
const HOUSE_NUMBER_BEFORE = /\d[A-Za-z]?[ \t]+$/;
const NUMBER_AFTER = /^ \d/;
// "Casa Grande, WV 52841": a city before a state code.
const STATE_CODE_AFTER = /^,? \p{Lu}{2}\b/u;
const NEXT_CAPITALISED_WORD = /^ (\p{Lu}[\p{L}\p{M}]*)/u;
const AFTER_EXTENSION = /^(?:[.,;:!?)"'\]|]|\s*$|\s+\p{Ll})/u;

/** What the finder knows about the words of one text. */
export interface ScannedWords {
  text: string;
  words: readonly NameWord[];
  classes: readonly ClassifiedWord[];
}

function classAt(scanned: ScannedWords, index: number): NameWordClass {
  return scanned.classes[index]?.wordClass ?? "stop";
}

/** A word that ends the name after the run's last word, with a clear clause end after it: "Kiara Battle." */
function trailingWord(scanned: ScannedWords, last: number): number {
  const word = scanned.words[last];
  const next = scanned.words[last + 1];
  if (!word || !next || word.possessive || classAt(scanned, last + 1) !== "word") return last;
  if (scanned.text.slice(word.end, next.start) !== " ") return last;
  return AFTER_EXTENSION.test(scanned.text.slice(next.end, next.end + 2)) ? last + 1 : last;
}

/**
 * Decides whether a run is a person's name in its context, and returns the match (span from
 * its first to its last word, canonical lower-case with single spaces) or null. Context-free
 * runs need two words, one of them a clear lexicon name, and are refused before a number
 * ("Windows 11") or after a house number, as are runs followed by a street or company word.
 */
export function acceptNameRun(scanned: ScannedWords, run: NameRun, context: NameContext): RecognizerMatch | null {
  const { text, words } = scanned;
  let first = run.first;
  let last = context === "none" ? run.last : trailingWord(scanned, run.last);
  // "Will Anna Smith come?": a sentence can open with a word that is also a name.
  if (context === "none" && classAt(scanned, first) === "ambiguous" && last - first >= 2) first++;
  let evidence = 0;
  let clearNames = 0;
  let allCaps = false;
  for (let index = first; index <= last; index++) {
    evidence += EVIDENCE[classAt(scanned, index)];
    if (classAt(scanned, index) === "name") clearNames++;
    allCaps ||= words[index]?.allCaps ?? false;
  }
  const wordCount = last - first + 1;
  if (wordCount > MAX_WORDS || evidence < NEEDED[context]) return null;
  if (words.slice(first, last + 1).every((word) => word.initial)) return null;
  if (context === "standalone" && clearNames === 0 && evidence < 3) return null;
  const start = words[first]?.start ?? 0;
  const end = words[last]?.end ?? 0;
  if (context === "none" && (wordCount < 2 || clearNames === 0 || allCaps || NUMBER_AFTER.test(text.slice(end, end + 2)))) return null;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const contextFree = context === "none" || context === "standalone";
  if (contextFree && HOUSE_NUMBER_BEFORE.test(text.slice(Math.max(lineStart, start - 8), start))) return null;
  if (context !== "strong" && STATE_CODE_AFTER.test(text.slice(end, end + 5))) return null;
  const following = NEXT_CAPITALISED_WORD.exec(text.slice(end, end + 24))?.[1];
  if (following !== undefined && isPlaceOrOrganisationWord(following.toLowerCase())) return null;
  const canonical = text.slice(start, end).toLowerCase().replace(/\s+/g, " ");
  return { start, end, canonical, score: SCORE[context] };
}
