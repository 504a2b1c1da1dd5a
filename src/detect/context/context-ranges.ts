import type { NormalizedText } from "../types.ts";
import type { ContextPattern } from "./context-pattern.ts";
import { findContextWords } from "./find-context-words.ts";
import { labelledCells } from "./labelled-cells.ts";

/** A stretch of normalised text, [start, end), worth scanning for a value. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * The stretches of text where a value that needs one of the pattern's words can be: from
 * `reachBefore` characters before each word to `reachAfter` characters after it, plus every
 * table cell whose column header has one of the words. Merged and sorted. A recognizer
 * that scans only these instead of the whole text pays for little more than a keyword
 * search on text without context; it still checks each candidate's context itself.
 */
export function contextRanges(input: NormalizedText, pattern: ContextPattern, reachBefore: number, reachAfter: number): TextRange[] {
  const text = input.text;
  const words = findContextWords(text, pattern);
  // Headers are part of the text: no word anywhere means no labelled column either.
  if (words.length === 0) return [];
  const ranges: TextRange[] = words.map((word) => ({
    start: Math.max(0, word.start - reachBefore),
    end: Math.min(text.length, word.end + reachAfter),
  }));
  for (const cell of labelledCells(input)) {
    if (pattern.regex.test(cell.header)) ranges.push({ start: cell.start, end: cell.end });
  }
  ranges.sort((left, right) => left.start - right.start);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
