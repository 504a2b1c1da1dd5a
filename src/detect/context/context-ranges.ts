import type { NormalizedText } from "../types.ts";
import type { ContextPattern } from "./context-pattern.ts";
import type { ContextWord } from "./find-context-words.ts";
import { cellsLabelledBy } from "./cells-labelled-by.ts";

/** A stretch of normalised text, [start, end), worth scanning for a value. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * The stretches of text where a value that needs one of the pattern's words can be: from
 * `reachBefore` characters before each of its `words` (see `findContextWords`) to
 * `reachAfter` characters after it, plus every table cell whose column header has one of
 * the words. Merged and sorted. A recognizer that scans only these instead of the whole
 * text pays little more than a keyword search; it still checks each candidate's context.
 */
export function contextRanges(
  input: NormalizedText,
  pattern: ContextPattern,
  words: readonly ContextWord[],
  reachBefore: number,
  reachAfter: number,
): TextRange[] {
  const text = input.text;
  // Headers are part of the text: no word anywhere means no labelled column either.
  if (words.length === 0) return [];
  const ranges: TextRange[] = words.map((word) => ({
    start: Math.max(0, word.start - reachBefore),
    end: Math.min(text.length, word.end + reachAfter),
  }));
  const cells = cellsLabelledBy(input, pattern);
  if (cells.length === 0) return mergedRanges(ranges);
  for (const cell of cells) ranges.push({ start: cell.start, end: cell.end });
  ranges.sort((left, right) => left.start - right.start);
  return mergedRanges(ranges);
}

/** Sorted `ranges` with the overlapping ones merged (reused, they are the caller's own). */
function mergedRanges(ranges: TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push(range);
  }
  return merged;
}
