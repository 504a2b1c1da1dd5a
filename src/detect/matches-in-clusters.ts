import type { DigitCluster } from "./digit-clusters.ts";
import { addMatchesInSpan } from "./matches-in-span.ts";

// Text kept on each side of a cluster, so look-arounds see what surrounds a value. Kept
// short: the engine tries every position up to the slice's end.
const MARGIN = 2;

/**
 * Every match of the global `pattern` that starts in one of the sorted `clusters` holding at
 * least `minDigits` digits, or at most `lead` characters before one (the "(" or "+" that opens
 * a phone number), with whole-text offsets. For patterns whose matches lie within one cluster
 * (digits and the separators between them) and whose look-arounds reach at most two
 * characters either side of the match (or of the lead): the result is then every match of a
 * whole-text scan holding `minDigits` digits, at the cost of those clusters' length rather
 * than the text's. A pattern whose look-arounds reach further gains or loses matches at
 * cluster edges without any error: check the reach of each pattern passed here.
 */
export function matchesInClusters(
  pattern: RegExp,
  text: string,
  clusters: readonly DigitCluster[],
  minDigits: number,
  lead = 0,
): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  for (const cluster of clusters) {
    if (cluster.digits < minDigits) continue;
    // Clusters are at least one character apart, so with a lead of one no match is seen twice.
    // No look-ahead guard: the patterns' look-arounds reach no further than the margin.
    addMatchesInSpan(matches, pattern, text, Math.max(0, cluster.start - lead), cluster.end, MARGIN, 0);
  }
  return matches;
}
