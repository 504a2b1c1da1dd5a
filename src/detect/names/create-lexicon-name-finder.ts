import type { NormalizedText, RecognizerMatch } from "../types.ts";
import { acceptCommaName } from "./accept-comma-name.ts";
import { acceptNameRun, type ScannedWords } from "./accept-name-run.ts";
import { classifyNameWord } from "./classify-name-word.ts";
import { findRepeatedNames } from "./find-repeated-names.ts";
import { groupNameRuns, type NameRun } from "./group-name-runs.ts";
import { type NameContext, nameContext } from "./name-context.ts";
import { GIVEN_NAME } from "./name-lexicon.ts";
import type { NameFinder } from "./name-finder.ts";
import { scanNameWords } from "./scan-name-words.ts";

const EVIDENCE = { name: 2, ambiguous: 1, unknown: 1, initial: 1, word: 0, stop: 0 };

/**
 * A common word just before a run joins it when the context before that word introduces a
 * name and the run is name enough by itself: "Mr. Lovely Santos", "I'm Hope Mwangi".
 */
function withLeadingWord(input: NormalizedText, scanned: ScannedWords, run: NameRun): { run: NameRun; context: NameContext } {
  const { words, classes, text } = scanned;
  const end = words[run.last]?.end ?? 0;
  const own = { run, context: nameContext(input, words[run.first]?.start ?? 0, end) };
  const leading = words[run.first - 1];
  if (own.context === "strong" || !leading || classes[run.first - 1]?.wordClass !== "word") return own;
  if (text.slice(leading.end, words[run.first]?.start ?? 0) !== " ") return own;
  let evidence = 0;
  for (let index = run.first; index <= run.last; index++) evidence += EVIDENCE[classes[index]?.wordClass ?? "stop"];
  const context = nameContext(input, leading.start, end);
  if (evidence < 2 || (context !== "strong" && context !== "medium")) return own;
  return { run: { first: run.first - 1, last: run.last }, context };
}

/** "Maria's": a clear given name with a possessive is a name even alone. */
function possessiveName(scanned: ScannedWords, index: number): RecognizerMatch | null {
  const word = scanned.words[index];
  const classified = scanned.classes[index];
  if (!word?.possessive || classified?.wordClass !== "name" || (classified.kind & GIVEN_NAME) === 0) return null;
  return { start: word.start, end: word.end, canonical: word.lower, score: 0.7 };
}

/**
 * The default name finder: a lexicon of given names and surnames (faker's cased-script
 * locales and a supplement), familiar-word and product lists to tell "Will" the verb from
 * Will the person, and context — honorifics, name fields and table columns, "my name is",
 * greetings, sign-offs, relatives and roles. One regex pass finds the capitalised words;
 * everything after is Set lookups and short look-behinds around each candidate run.
 */
export function createLexiconNameFinder(): NameFinder {
  return {
    find: function findNames(input: NormalizedText): RecognizerMatch[] {
      const text = input.text;
      const words = scanNameWords(text);
      if (words.length === 0) return [];
      const scanned: ScannedWords = { text, words, classes: words.map(classifyNameWord) };
      const runs = groupNameRuns(text, words, scanned.classes);
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
        const match = acceptNameRun(scanned, candidate.run, candidate.context) ?? possessiveName(scanned, run.last);
        if (match) found.push(match);
      }
      return [...found, ...findRepeatedNames(scanned, found)].sort((left, right) => left.start - right.start);
    },
  };
}
