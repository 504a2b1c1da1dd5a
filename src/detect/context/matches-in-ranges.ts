import { addMatchesInSpan } from "../matches-in-span.ts";
import type { TextRange } from "./context-ranges.ts";

// Text kept on each side of a range, so look-behinds see what precedes a value and a value
// starting near a range's end is read whole. Longer than any value scanned this way.
const MARGIN = 40;
// A match this close to the cut end of a slice might have looked past it: not trusted.
const LOOK_AHEAD = 4;

/**
 * Every match of the global `pattern` that starts inside one of the sorted, disjoint
 * `ranges`, with `index` in whole-text offsets. Each range is searched in a slice with a
 * margin, so the cost follows the ranges' length, not the text's.
 */
export function matchesInRanges(pattern: RegExp, text: string, ranges: readonly TextRange[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  for (const range of ranges) addMatchesInSpan(matches, pattern, text, range.start, range.end, MARGIN, LOOK_AHEAD);
  return matches;
}
