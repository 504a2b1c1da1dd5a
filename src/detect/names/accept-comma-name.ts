import { foldedCanonical } from "../folded-canonical.ts";
import type { NormalizedText, RecognizerMatch } from "../types.ts";
import type { ScannedWords } from "./scanned-words.ts";
import type { NameWordClass } from "./classify-name-word.ts";
import type { NameRun } from "./group-name-runs.ts";
import { nameContext } from "./name-context.ts";
import { GIVEN_NAME, SURNAME } from "./name-lexicon.ts";

const EVIDENCE: Record<NameWordClass, number> = { name: 2, ambiguous: 1, unknown: 1, initial: 0, word: 0, stop: 0 };
// "Smith, Jones and Brown", "Austin, Dallas, Houston": a list, not one name.
const LIST_AFTER = /^(?:,\s*\p{Lu}|\s+(?:and|or|&)\s)/u;
const COMMA = 44;
const SPACE = 32;
const SCORE = { strong: 0.85, medium: 0.8, standalone: 0.8, none: 0.75 };

/**
 * Reads "Surname, Given" ("Chaturvedi, Dipesh", "SMITH, JOHN", "Zhou, Shu-fen") as one name:
 * a one-word run, a comma and a space, then a run of one or two words (initials aside). In a
 * name field or column that is enough; elsewhere the surname must be a known surname and the
 * given name a known given name, one of them unambiguous. The canonical value is in reading
 * order, "john smith", so both orders share a placeholder.
 */
export function acceptCommaName(input: NormalizedText, scanned: ScannedWords, left: NameRun, right: NameRun): RecognizerMatch | null {
  const { text, words } = scanned;
  const surname = words[left.first];
  const given = words[right.first];
  const last = words[right.last];
  if (!surname || !given || !last || left.first !== left.last || surname.initial || given.initial) return null;
  const commaSpace = given.start - surname.end === 2 && text.charCodeAt(surname.end) === COMMA && text.charCodeAt(surname.end + 1) === SPACE;
  if (!commaSpace || right.last - right.first > 2) return null;
  if (LIST_AFTER.test(text.slice(last.end, last.end + 8))) return null;
  const context = nameContext(input, surname.start, last.end);
  let evidence = EVIDENCE[surname.wordClass];
  for (let index = right.first; index <= right.last; index++) evidence += EVIDENCE[words[index]?.wordClass ?? "stop"];
  const lexiconPair =
    (surname.kind & SURNAME) !== 0 && (given.kind & GIVEN_NAME) !== 0 && (surname.wordClass === "name" || given.wordClass === "name");
  const accepted = context === "strong" || (context === "none" ? lexiconPair : lexiconPair || evidence >= 2);
  if (!accepted) return null;
  const canonical = foldedCanonical(`${text.slice(given.start, last.end)} ${surname.text}`);
  return { start: surname.start, end: last.end, canonical, score: SCORE[context] };
}
