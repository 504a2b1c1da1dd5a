import { isAsciiUpperCode, isDigitCode } from "../char-codes.ts";
import { foldedCanonical } from "../folded-canonical.ts";
import type { RecognizerMatch } from "../types.ts";
import type { NameWordClass } from "./classify-name-word.ts";
import type { NameContext } from "./name-context.ts";
import type { NameRun } from "./group-name-runs.ts";
import { isNamedThingWord } from "./named-thing-words.ts";
import type { ScannedWords } from "./scanned-words.ts";

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
const SPACE = 32;
const TAB = 9;
const COMMA = 44;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;
const AFTER_EXTENSION = /^(?:[.,;:!?)"'\]|]|\s*$|\s+\p{Ll})/u;

/** How much a word of the class says "a name": a clear name most, a common word nothing. */
function evidenceOf(wordClass: NameWordClass): number {
  if (wordClass === "name") return 2;
  return wordClass === "word" || wordClass === "stop" ? 0 : 1;
}

function classAt(scanned: ScannedWords, index: number): NameWordClass {
  return scanned.words[index]?.wordClass ?? "stop";
}

/** A word that ends the name after the run's last word, with a clear clause end after it: "Kiara Battle." */
function trailingWord(scanned: ScannedWords, last: number): number {
  const word = scanned.words[last];
  const next = scanned.words[last + 1];
  if (!word || !next || word.possessive || classAt(scanned, last + 1) !== "word") return last;
  if (next.start - word.end !== 1 || scanned.text.charCodeAt(word.end) !== SPACE) return last;
  return AFTER_EXTENSION.test(scanned.text.slice(next.end, next.end + 2)) ? last + 1 : last;
}

// The look-arounds below first check the one character each pattern needs, which spares most
// runs cutting out a piece of text for a regular expression.

/** " 11" after "Windows". */
function isNumberAfter(text: string, end: number): boolean {
  const next = text.charCodeAt(end + 1);
  return text.charCodeAt(end) === SPACE && isDigitCode(next);
}

/** "221B " before "Baker Street", on the same line. */
function isHouseNumberBefore(text: string, start: number): boolean {
  const previous = text.charCodeAt(start - 1);
  if (previous !== SPACE && previous !== TAB) return false;
  const before = text.slice(Math.max(0, start - 8), start);
  return HOUSE_NUMBER_BEFORE.test(before.slice(before.lastIndexOf("\n") + 1));
}

/** Whether the character at `at` could be an upper-case letter: A-Z, or any beyond ASCII. */
function mayBeCapital(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return isAsciiUpperCode(code) || code >= 0x80;
}

/** ", WV" or " TX 75001" after a run. */
function isStateCodeAfter(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next !== SPACE && next !== COMMA) return false;
  const letterAt = next === COMMA ? end + 2 : end + 1;
  if (!mayBeCapital(text, letterAt)) return false;
  return STATE_CODE_AFTER.test(text.slice(end, end + 5));
}

/** The word that could make the run a named thing: capitalised after it, or any after its possessive. */
function wordAfter(text: string, end: number, possessive: boolean): string | undefined {
  const next = text.charCodeAt(end);
  if (possessive) return next === APOSTROPHE || next === RIGHT_SINGLE_QUOTE ? NEXT_WORD.exec(text.slice(end, end + 24))?.[1] : undefined;
  return next === SPACE && mayBeCapital(text, end + 1) ? NEXT_CAPITALISED_WORD.exec(text.slice(end, end + 24))?.[1] : undefined;
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
  let ambiguousNames = 0;
  let initials = 0;
  let allCaps = false;
  for (let index = first; index <= last; index++) {
    const word = words[index];
    const wordClass = word?.wordClass ?? "stop";
    evidence += evidenceOf(wordClass);
    if (wordClass === "name") clearNames++;
    if (wordClass === "ambiguous") ambiguousNames++;
    if (word?.initial) initials++;
    allCaps ||= word?.allCaps ?? false;
  }
  const wordCount = last - first + 1;
  // "LU", "MO", "WU": a lone two- or three-letter capital word is a code, whatever precedes it.
  if (wordCount === 1 && words[first]?.allCaps && (words[first]?.end ?? 0) - (words[first]?.start ?? 0) <= 3) return null;
  // "PRIMEINC", "ACME CORP": capitals alone say little; a known name must be among them.
  if (allCaps && clearNames === 0 && ambiguousNames === 0) return null;
  if (wordCount > MAX_WORDS || evidence < NEEDED[context]) return null;
  if (initials === wordCount) return null;
  if (context === "standalone" && clearNames === 0 && evidence < 3) return null;
  const start = words[first]?.start ?? 0;
  const end = words[last]?.end ?? 0;
  if (context === "none" && (wordCount < 2 || clearNames === 0 || allCaps || isNumberAfter(text, end))) return null;
  const contextFree = context === "none" || context === "standalone";
  if (contextFree && isHouseNumberBefore(text, start)) return null;
  if (context !== "strong" && isStateCodeAfter(text, end)) return null;
  const following = wordAfter(text, end, words[last]?.possessive ?? false);
  if (following !== undefined && isNamedThingWord(following.toLowerCase())) return null;
  // "Monroe Doctrine", "Lincoln Park"; in a name field, "Hyun-woo Park" is a person.
  if (contextFree && wordCount > 1 && isNamedThingWord(words[last]?.lower ?? "")) return null;
  return { start, end, canonical: foldedCanonical(text.slice(start, end)), score: SCORE[context] };
}
