import type { RecognizerMatch } from "../types.ts";
import type { NameWordClass } from "./classify-name-word.ts";
import type { NameContext } from "./name-context.ts";
import type { NameRun } from "./group-name-runs.ts";
import { isNamedThingWord } from "./named-thing-words.ts";
import type { ScannedWords } from "./scanned-words.ts";

const EVIDENCE: Record<NameWordClass, number> = { name: 2, ambiguous: 1, unknown: 1, initial: 1, word: 0, stop: 0 };
// Evidence a run needs in each context; with none, it also needs two words and a clear name.
const NEEDED: Record<NameContext, number> = { strong: 1, medium: 2, standalone: 2, none: 3 };
const SCORE: Record<NameContext, number> = { strong: 0.85, medium: 0.8, standalone: 0.8, none: 0.75 };
const MAX_WORDS = 4;
const HOUSE_NUMBER_BEFORE = /\d[A-Za-z]?[ \t]+$/;
const NUMBER_AFTER = /^ \d/;
// "Casa Grande, WV 52841": a city before a state code. "MD" and "PA" after a name are
// credentials ("Maria Gonzalez, MD") unless a ZIP code follows.
const STATE_CODE_AFTER = /^,? (?:(?!MD\b|PA\b)\p{Lu}{2}\b|\p{Lu}{2} \d{5})/u;
// The word after a run: capitalised ("Mayo Clinic"), or any after a possessive ("Newton's laws").
const NEXT_CAPITALISED_WORD = /^(?: (?:Jr|Sr|Jnr|Snr)\.?)? (\p{Lu}[\p{L}\p{M}]*)/u;
const NEXT_WORD = /^(?:'s|\u2019s) ([\p{L}\p{M}]+)/u;
const AFTER_EXTENSION = /^(?:[.,;:!?)"'\]|]|\s*$|\s+\p{Ll})/u;

function classAt(scanned: ScannedWords, index: number): NameWordClass {
  return scanned.words[index]?.wordClass ?? "stop";
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
 * ("Windows 11") or after a house number. Any run is refused before a word that makes it a
 * street, company or eponym ("Balmoral Road", "Kulas Group", "Monroe Doctrine").
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
  // "LU", "MO", "WU": a lone two- or three-letter capital word is a code, whatever precedes it.
  if (wordCount === 1 && words[first]?.allCaps && (words[first]?.text.length ?? 0) <= 3) return null;
  // "PRIMEINC", "ACME CORP": capitals alone say little; a known name must be among them.
  const knownName = clearNames > 0 || words.slice(first, last + 1).some((word) => word.wordClass === "ambiguous");
  if (allCaps && !knownName) return null;
  if (wordCount > MAX_WORDS || evidence < NEEDED[context]) return null;
  if (words.slice(first, last + 1).every((word) => word.initial)) return null;
  if (context === "standalone" && clearNames === 0 && evidence < 3) return null;
  const start = words[first]?.start ?? 0;
  const end = words[last]?.end ?? 0;
  if (context === "none" && (wordCount < 2 || clearNames === 0 || allCaps || NUMBER_AFTER.test(text.slice(end, end + 2)))) return null;
  const contextFree = context === "none" || context === "standalone";
  const before = text.slice(Math.max(0, start - 8), start);
  if (contextFree && HOUSE_NUMBER_BEFORE.test(before.slice(before.lastIndexOf("\n") + 1))) return null;
  if (context !== "strong" && STATE_CODE_AFTER.test(text.slice(end, end + 5))) return null;
  const after = text.slice(end, end + 24);
  const following = words[last]?.possessive ? NEXT_WORD.exec(after)?.[1] : NEXT_CAPITALISED_WORD.exec(after)?.[1];
  if (following !== undefined && isNamedThingWord(following.toLowerCase())) return null;
  // "Monroe Doctrine", "Lincoln Park"; in a name field, "Hyun-woo Park" is a person.
  if (contextFree && wordCount > 1 && isNamedThingWord(words[last]?.lower ?? "")) return null;
  const canonical = text.slice(start, end).toLowerCase().replace(/\s+/g, " ");
  return { start, end, canonical, score: SCORE[context] };
}
