import { isAmbiguousName } from "./ambiguous-names.ts";
import { isCommonWord, isCommonWordForm } from "./common-words.ts";
import { GIVEN_NAME, nameKindOf } from "./name-lexicon.ts";
import { isNameParticle } from "./name-particles.ts";
import { isNotNameWord } from "./not-name-words.ts";
import { placeKindOf } from "./place-names.ts";
import type { WordShape } from "./scan-name-words.ts";

/**
 * What a capitalised word says about a name around it:
 * - `name`: a known given name or surname that is not also a common word ("Priya", "Kowalski");
 * - `ambiguous`: a known name that is also a word, product or place ("Will", "Rose", "Jordan");
 * - `unknown`: not a known name, not a common word ("Raghunathan", "Vercelli");
 * - `word`: a common English word ("Please", "Teams", "Payment"); it ends a name;
 * - `stop`: never in a name ("The", "Monday", "Inc", "Dr"); it ends a name too;
 * - `initial`: "J." in "Jadon G. Bauch".
 */
export type NameWordClass = "name" | "ambiguous" | "unknown" | "word" | "stop" | "initial";

/** A word's class and its lexicon flags (`GIVEN_NAME | SURNAME`, 0 when unknown). */
export interface ClassifiedWord {
  wordClass: NameWordClass;
  kind: number;
}

// Two romanised syllables joined by a hyphen, the second in lower case: Korean and Taiwanese
// given names ("Min-seo", "Hyun-woo", "Mei-ling", "Shu-fen").
const SYLLABLE_PAIR = /^\p{Lu}(\p{Ll}{1,4})-(\p{Ll}{1,5})$/u;
const SYLLABLE = /^[^aeiouy]{0,3}[aeiouy]{1,3}(?:ng|[nmlkp])?$/;
// English derivational endings ("Currently", "Deprecation", "Configurable"): a word the
// lexicon does not know with one of these is a word, not a name.
const ENGLISH_ENDING = /(?:tion|sion|ment|ness|able|ible|ity|ize|ized|ise|ised|ly|ing|ings|ful|less|ous|ive|ism|ist|ship|ware|ency|ance|ence|ical|ally)s?$/;

function isSyllablePairName(text: string): boolean {
  const match = SYLLABLE_PAIR.exec(text);
  if (!match) return false;
  const head = `${text[0]?.toLowerCase()}${match[1]}`;
  const tail = match[2] ?? "";
  return SYLLABLE.test(head) && SYLLABLE.test(tail) && !(isCommonWord(head) && isCommonWord(tail));
}

/** Lexicon flags of a hyphenated word from its parts ("Smith-Jones", "El-Amin"); 0 if none is a name. */
function hyphenatedKind(lower: string): number {
  let kind = 0;
  for (const part of lower.split("-")) if (!isNameParticle(part)) kind |= nameKindOf(part);
  return kind;
}

/** Classifies a capitalised word by its spelling; see `NameWordClass`. */
export function classifyNameWord(word: WordShape): ClassifiedWord {
  if (word.initial) return { wordClass: "initial", kind: 0 };
  const lower = word.lower.replace(/\u2019/g, "'");
  if (isNotNameWord(lower)) return { wordClass: "stop", kind: 0 };
  let kind = nameKindOf(lower);
  if (kind === 0 && lower.includes("-")) {
    if (isSyllablePairName(word.text)) return { wordClass: "name", kind: GIVEN_NAME };
    if (lower.split("-").every((part) => isCommonWordForm(part) || isNotNameWord(part))) return { wordClass: "word", kind: 0 };
    kind = hyphenatedKind(lower);
  }
  // Upper-case abbreviations ("NHS", "DOB") are not names unless the lexicon says so ("LEE").
  if (kind === 0 && word.allCaps && lower.length <= 3) return { wordClass: "stop", kind: 0 };
  if (kind !== 0) {
    const ambiguous =
      isAmbiguousName(lower) ||
      isCommonWord(lower) ||
      (lower.endsWith("s") && isCommonWord(lower.slice(0, -1))) ||
      placeKindOf(lower) === "region";
    return { wordClass: ambiguous ? "ambiguous" : "name", kind };
  }
  const commonWord = isCommonWordForm(lower) || placeKindOf(lower) !== null || (lower.length > 5 && ENGLISH_ENDING.test(lower));
  return { wordClass: commonWord ? "word" : "unknown", kind: 0 };
}
