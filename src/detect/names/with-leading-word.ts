import type { NormalizedText } from "../types.ts";
import type { NameRun } from "./group-name-runs.ts";
import { type NameContext, nameContext } from "./name-context.ts";
import type { ScannedWords } from "./scanned-words.ts";

const SPACE = 32;

/** A run to judge and the context to judge it in. */
export interface RunInContext {
  run: NameRun;
  context: NameContext;
}

/**
 * The run in its context; and a common word just before the run joins it when the context
 * before that word introduces a name and the run holds a clear lexicon name: "Mr. Lovely
 * Santos", "I'm Hope Mwangi" (whose first words are also English words).
 */
export function withLeadingWord(input: NormalizedText, scanned: ScannedWords, run: NameRun): RunInContext {
  const { words, text } = scanned;
  const end = words[run.last]?.end ?? 0;
  const start = words[run.first]?.start ?? 0;
  const own = { run, context: nameContext(input, start, end) };
  const leading = words[run.first - 1];
  if (own.context === "strong" || !leading || leading.wordClass !== "word") return own;
  if (start - leading.end !== 1 || text.charCodeAt(leading.end) !== SPACE) return own;
  let clearName = false;
  for (let index = run.first; index <= run.last; index++) clearName ||= words[index]?.wordClass === "name";
  if (!clearName) return own;
  const context = nameContext(input, leading.start, end);
  if (context !== "strong" && context !== "medium") return own;
  return { run: { first: run.first - 1, last: run.last }, context };
}
