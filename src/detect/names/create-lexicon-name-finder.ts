import type { NormalizedText, RecognizerMatch } from "../types.ts";
import { acceptCommaName } from "./accept-comma-name.ts";
import { acceptNameRun } from "./accept-name-run.ts";
import { acceptPossessiveName } from "./accept-possessive-name.ts";
import { findLowerCaseIntroductions } from "./find-lower-case-introductions.ts";
import { findRepeatedNames } from "./find-repeated-names.ts";
import { groupNameRuns } from "./group-name-runs.ts";
import type { NameFinder } from "./name-finder.ts";
import { scanNameWords } from "./scan-name-words.ts";
import type { ScannedWords } from "./scanned-words.ts";
import { withLeadingWord } from "./with-leading-word.ts";

// "Alice Wong, Bob Martinez and Chidi Eze": what joins the names of a list.
const LIST_JOIN = /^(?:,|;|,? and|,? &|,? or)\s{1,2}$/;
const MAX_LIST_JOIN = 8;

/** Two lists of matches, each sorted by start, as one sorted list; on a tie, `first`'s match comes first. */
function mergeByStart(first: readonly RecognizerMatch[], second: readonly RecognizerMatch[]): RecognizerMatch[] {
  const merged: RecognizerMatch[] = [];
  let right = 0;
  for (const match of first) {
    for (let next = second[right]; next !== undefined && next.start < match.start; next = second[++right]) merged.push(next);
    merged.push(match);
  }
  return right === second.length ? merged : merged.concat(second.slice(right));
}

/**
 * The default name finder: a lexicon of given names and surnames (faker's cased-script
 * locales and a supplement), familiar-word and product lists to tell "Will" the verb from
 * Will the person, and context — honorifics, name fields and table columns, "my name is",
 * greetings, sign-offs, relatives and roles. One pass finds the capitalised words;
 * everything after is Set lookups and short look-arounds at each candidate run. A name
 * listed right after a found one ("…, Chidi Eze") is judged as if introduced; words of found
 * names are then followed through the rest of the text. Names typed in lower case are found
 * only right after a phrase that introduces them ("my name is john smith").
 */
export function createLexiconNameFinder(): NameFinder {
  return {
    find: function findNames(input: NormalizedText): RecognizerMatch[] {
      const text = input.text;
      // Names typed in lower case ("my name is john smith") are found apart, and rarely.
      const lowerCase = findLowerCaseIntroductions(input);
      const words = scanNameWords(text);
      if (words.length === 0) return lowerCase;
      const scanned: ScannedWords = { text, words };
      const runs = groupNameRuns(text, words);
      const found: RecognizerMatch[] = [];
      for (let index = 0; index < runs.length; index++) {
        const run = runs[index];
        if (!run) continue;
        const next = runs[index + 1];
        const pair = next ? acceptCommaName(input, scanned, run, next) : null;
        if (pair) {
          found.push(pair);
          index++;
          continue;
        }
        const candidate = withLeadingWord(input, scanned, run);
        const start = words[candidate.run.first]?.start ?? 0;
        const previousEnd = found[found.length - 1]?.end ?? -MAX_LIST_JOIN;
        const listed = start - previousEnd <= MAX_LIST_JOIN && LIST_JOIN.test(text.slice(previousEnd, start));
        const context = listed && (candidate.context === "none" || candidate.context === "standalone") ? "medium" : candidate.context;
        const match = acceptNameRun(scanned, candidate.run, context) ?? acceptPossessiveName(scanned, run.last);
        if (match) found.push(match);
      }
      // `found` is in text order already (each run starts after the last); repeats interleave.
      const repeats = findRepeatedNames(scanned, found);
      const capitalised = repeats.length === 0 ? found : mergeByStart(found, repeats);
      return lowerCase.length === 0 ? capitalised : mergeByStart(capitalised, lowerCase);
    },
  };
}
