import { contextPattern } from "../context/context-pattern.ts";
import { findContextWords, mentions } from "../context/find-context-words.ts";
import { foldedCanonical } from "../folded-canonical.ts";
import type { NormalizedText, RecognizerMatch } from "../types.ts";
import { classifyNameWord } from "./classify-name-word.ts";
import { NAME_QUALIFIERS } from "./name-context.ts";
import { nameKindOf } from "./name-lexicon.ts";
import { wordBefore } from "./word-before.ts";

// People typing to a chatbot often write their own name in lower case: "hi my name is john
// smith", "i'm priya". The capitalised-word scan never sees these, so the phrases that
// introduce a name are looked for here. "my name is"/"call me" say a person's name follows
// (not "the project name is apollo": the word before "name" must be a person's); "i'm"/
// "this is" only introduce one, so there the first word must be a clear name. Few keywords
// ("name", "call", "i'm", "this"), as each occurrence of one costs every input a little, and
// one pattern, so each input's keyword hits are read once (phrases told apart by first letter).
// "i am" is found by its "am" ("i" would start too many words), with "i" checked before it.
const PHRASES = contextPattern(["name is", "name's", "call me", "i'm", "this is", "am"]);
// Up to three lower-case words (letters, marks, inner apostrophes: "o'brien") after the phrase.
const LOWER_CASE_WORD = / (\p{Ll}[\p{Ll}\p{M}]*(?:['’]\p{Ll}[\p{Ll}\p{M}]*)*)/uy;
const POSSESSIVE = /['’]s$/u;
// After a name: a clause end, a possessive, or a space. Not code ("john_smith", "sarah.txt").
const NAME_END = /^(?:$|[\s,;:!?)"]|\.(?![\w@])|['’]s(?![\w@]))/u;
// After an introduced name, the clause ends or goes on as introductions do ("i'm priya,",
// "this is tyrone from billing"), unlike "this is abt my order", where a word the lexicon
// happens to hold is chat shorthand.
const AFTER_INTRODUCTION = /^(?:$|[,.;:!?)"]|\s*\n| (?:and|from|here|with|calling|writing|speaking|again)(?![\p{L}\p{N}]))/u;
const MAX_WORDS = 3;
// First letters that tell the phrases apart; a new phrase must not share one with another kind.
const N = 0x6e;
const C = 0x63;
const A = 0x61;

/** Whether a lower-case word may be part of a name: known to the lexicon, or unknown but not an English word. */
function classOf(word: string): ReturnType<typeof classifyNameWord> {
  const text = `${word[0]?.toUpperCase() ?? ""}${word.slice(1)}`;
  return classifyNameWord({ text, lower: word, allCaps: false, initial: false, possessive: false });
}

/** The name introduced in lower case right after the phrase ending at `from`, or null. */
function nameAfter(text: string, from: number, naming: boolean): RecognizerMatch | null {
  let end = from;
  let words = 0;
  for (; words < MAX_WORDS; words++) {
    LOWER_CASE_WORD.lastIndex = end;
    const match = LOWER_CASE_WORD.exec(text);
    if (!match) break;
    const word = match[1] ?? "";
    // "gerald mcallister's widow": the name ends before its "'s".
    const possessive = POSSESSIVE.test(word);
    const lower = possessive ? word.slice(0, -2) : word;
    // Most words after "this is" are no name at all: one lexicon lookup answers them.
    if (words === 0 && nameKindOf(lower) === 0) break;
    const { wordClass, kind } = classOf(lower);
    // The first word decides: a lexicon name ("john"; after "i'm", a clear one, not "fine").
    const fits =
      words === 0
        ? kind !== 0 && (wordClass === "name" || (naming && wordClass === "ambiguous"))
        : wordClass === "name" || wordClass === "ambiguous" || wordClass === "unknown";
    if (!fits) break;
    end = LOWER_CASE_WORD.lastIndex - (possessive ? 2 : 0);
    if (possessive) {
      words++;
      break;
    }
  }
  if (words === 0 || !NAME_END.test(text.slice(end, end + 3))) return null;
  if (!naming && !AFTER_INTRODUCTION.test(text.slice(end, end + 10))) return null;
  const start = from + 1;
  return { start, end, canonical: foldedCanonical(text.slice(start, end)), score: naming ? 0.85 : 0.8 };
}

/** Whether the naming phrase at `start` is "call me", or "name is" after a person's word ("my", "full" …). */
function namesAPerson(text: string, start: number): boolean {
  const startsWithC = (text.charCodeAt(start) | 32) === 99;
  return startsWithC || NAME_QUALIFIERS.has(wordBefore(text, start)?.word ?? "");
}

/**
 * Names written in lower case right after a phrase that introduces one: "my name is john
 * smith", "call me gerald", "i'm priya", "i am tomasz nowak", "this is tyrone". Sorted by start. The phrases are
 * found by the shared keyword walk, so a text without them costs nothing here.
 */
export function findLowerCaseIntroductions(input: NormalizedText): RecognizerMatch[] {
  if (!mentions(input, PHRASES)) return [];
  const text = input.text;
  const found: RecognizerMatch[] = [];
  for (const phrase of findContextWords(input, PHRASES)) {
    const first = text.charCodeAt(phrase.start) | 32;
    // "n"ame is, "c"all me: naming; "i"'m, "t"his is, (i) "a"m: introducing.
    const naming = first === N || first === C;
    if (naming && !namesAPerson(text, phrase.start)) continue;
    if (first === A && wordBefore(text, phrase.start)?.word !== "i") continue;
    const name = nameAfter(text, phrase.end, naming);
    if (name) found.push(name);
  }
  return found;
}
