import type { DigitCluster } from "./digit-clusters.ts";
import { isAsciiAlphanumericCode, isDigitCode, isGroupSeparatorCode } from "./char-codes.ts";

/**
 * Runs of digit groups that may hold a payment card, read from clusters character by
 * character: a run starts at a 2–6 (every network's first digit) not glued to a letter or
 * digit, has at least 12 digit or separator characters after that first digit, and goes on
 * through groups of at most 19 digits joined by one space, dash or dot, at most 19 groups.
 * A run glued to a letter or digit at its end loses its last group; a run whose first group
 * is so glued, or longer than 19 digits, is no run. After a run the search goes on at its end.
 *
 * Each run is given as its groups' bounds, flat: [start0, end0, start1, end1, …].
 */
export function cardDigitRuns(text: string, clusters: readonly DigitCluster[], minDigits: number): number[][] {
  const runs: number[][] = [];
  for (const cluster of clusters) {
    if (cluster.digits < minDigits) continue;
    let at = cluster.start;
    while (at < cluster.end) {
      const run = runAt(text, at);
      if (run) {
        runs.push(run);
        at = run[run.length - 1] as number;
      } else at++;
    }
  }
  return runs;
}

const MAX_GROUP_DIGITS = 19;
const MAX_GROUPS = 19;
const LOOKAHEAD = 12;

function digitRunEnd(text: string, from: number): number {
  let end = from;
  while (isDigitCode(text.charCodeAt(end))) end++;
  return end;
}

function runAt(text: string, start: number): number[] | null {
  const first = text.charCodeAt(start);
  if (first < 50 || first > 54 || isAsciiAlphanumericCode(text.charCodeAt(start - 1))) return null;
  if (start + LOOKAHEAD >= text.length) return null;
  for (let index = start + 1; index <= start + LOOKAHEAD; index++) {
    const code = text.charCodeAt(index);
    if (!isDigitCode(code) && !isGroupSeparatorCode(code)) return null;
  }
  let end = digitRunEnd(text, start + 1);
  if (end - start > MAX_GROUP_DIGITS) return null;
  const bounds = [start, end];
  while (bounds.length < 2 * MAX_GROUPS && isGroupSeparatorCode(text.charCodeAt(end)) && isDigitCode(text.charCodeAt(end + 1))) {
    const groupEnd = digitRunEnd(text, end + 2);
    if (groupEnd - end - 1 > MAX_GROUP_DIGITS) break;
    bounds.push(end + 1, groupEnd);
    end = groupEnd;
  }
  if (isAsciiAlphanumericCode(text.charCodeAt(end))) {
    if (bounds.length === 2) return null;
    bounds.length -= 2;
  }
  return bounds;
}
