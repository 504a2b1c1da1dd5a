import { derived } from "../derived.ts";
import type { NormalizedText } from "../types.ts";
import type { ContextPattern } from "./context-pattern.ts";
import { keywordHits, keywordLength } from "./keyword-index.ts";

/** Where one context word was found, [start, end). */
export interface ContextWord {
  start: number;
  end: number;
}

const wordsByPattern = (): Map<ContextPattern, ContextWord[]> => new Map();

function searchWords(input: NormalizedText, pattern: ContextPattern): ContextWord[] {
  const text = input.text;
  const hits = keywordHits(input);
  const words: ContextWord[] = [];
  if (hits.mentioned[pattern.keywordSet] !== 1) return words;
  const { wordAt, keywordRanks } = pattern;
  let next = 0;
  for (let index = 0; index < hits.starts.length; index++) {
    const start = hits.starts[index] ?? 0;
    const rank = keywordRanks.get(hits.ids[index] ?? -1);
    if (start < next || rank === undefined) continue;
    // Of the keywords starting here, the longest-first scan this replaced matched the first in its order.
    let keyword = hits.ids[index] ?? -1;
    let bestRank = rank;
    for (let other = index + 1; hits.starts[other] === start; other++) {
      const otherRank = keywordRanks.get(hits.ids[other] ?? -1);
      if (otherRank !== undefined && otherRank < bestRank) {
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
  const known = derived(input, wordsByPattern);
  let words = known.get(pattern);
  if (words === undefined) {
    words = searchWords(input, pattern);
    known.set(pattern, words);
  }
  return words;
}

/**
 * Whether the input might contain one of the pattern's words: whether one of its keywords
 * occurs (see `keywordHits`). False means certainly not (column headers included), so
 * recognizers can skip every window and table lookup for that pattern.
 */
export function mentions(input: NormalizedText, pattern: ContextPattern): boolean {
  return keywordHits(input).mentioned[pattern.keywordSet] === 1;
}
