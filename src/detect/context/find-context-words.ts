import { derived } from "../derived.ts";
import type { NormalizedText } from "../types.ts";
import type { ContextPattern } from "./context-pattern.ts";
import { type KeywordHits, keywordHits, keywordLength } from "./keyword-index.ts";

/** Where one context word was found, [start, end). */
export interface ContextWord {
  start: number;
  end: number;
}

const NO_WORDS: readonly ContextWord[] = Object.freeze([]);

/** Per input, the words found so far, indexed by their pattern's keyword set. */
const wordsBySet = (): (readonly ContextWord[] | undefined)[] => [];

function searchWords(text: string, hits: KeywordHits, pattern: ContextPattern): ContextWord[] {
  const words: ContextWord[] = [];
  const { wordAt, keywordRanks } = pattern;
  let next = 0;
  for (let index = 0; index < hits.starts.length; index++) {
    const start = hits.starts[index] ?? 0;
    const rank = keywordRanks[hits.ids[index] ?? -1] ?? -1;
    if (start < next || rank === -1) continue;
    // Of the keywords starting here, the longest-first scan this replaced matched the first in its order.
    let keyword = hits.ids[index] ?? -1;
    let bestRank = rank;
    for (let other = index + 1; hits.starts[other] === start; other++) {
      const otherRank = keywordRanks[hits.ids[other] ?? -1] ?? -1;
      if (otherRank !== -1 && otherRank < bestRank) {
        bestRank = otherRank;
        keyword = hits.ids[other] ?? -1;
      }
    }
    wordAt.lastIndex = start;
    const word = wordAt.exec(text);
    if (word) {
      words.push({ start, end: start + word[0].length });
      next = start + Math.max(keywordLength(keyword), word[0].length);
    } else {
      // A keyword that is not a whole word ("mr" in "summary") may hide a real one just after.
      next = start + 1;
    }
  }
  return words;
}

/**
 * Every occurrence of the pattern's words in the input, in order, searched once per input
 * and pattern. Finds the plain keywords first (a cheap literal search) and confirms the
 * full word only where one occurs.
 */
export function findContextWords(input: NormalizedText, pattern: ContextPattern): readonly ContextWord[] {
  const hits = keywordHits(input);
  // Most patterns are never mentioned: answered without touching the per-input store.
  if (hits.mentioned[pattern.keywordSet] !== 1) return NO_WORDS;
  const known = derived(input, wordsBySet);
  let words = known[pattern.keywordSet];
  if (words === undefined) {
    words = searchWords(input.text, hits, pattern);
    known[pattern.keywordSet] = words;
  }
  return words;
}

/**
 * Whether one of the pattern's keywords starts in the input's text[from, to). A word of the
 * pattern starts only where one of its keywords does, so false means no word starts there.
 */
export function keywordStartsIn(input: NormalizedText, pattern: ContextPattern, from: number, to: number): boolean {
  const { starts, ids } = keywordHits(input);
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < starts.length && (starts[index] ?? 0) < to; index++) {
    if ((pattern.keywordRanks[ids[index] ?? -1] ?? -1) !== -1) return true;
  }
  return false;
}

/** Where the first and the last of the pattern's keywords start in the input, or null when none occurs. */
export function keywordStartSpan(input: NormalizedText, pattern: ContextPattern): { first: number; last: number } | null {
  const { starts, ids } = keywordHits(input);
  let first = -1;
  let last = -1;
  for (let index = 0; index < starts.length; index++) {
    if ((pattern.keywordRanks[ids[index] ?? -1] ?? -1) === -1) continue;
    if (first === -1) first = starts[index] ?? 0;
    last = starts[index] ?? 0;
  }
  return first === -1 ? null : { first, last };
}

/**
 * Whether the input might contain one of the pattern's words: whether one of its keywords
 * occurs (see `keywordHits`). False means certainly not (column headers included), so
 * recognizers can skip every window and table lookup for that pattern.
 */
export function mentions(input: NormalizedText, pattern: ContextPattern): boolean {
  return keywordHits(input).mentioned[pattern.keywordSet] === 1;
}
