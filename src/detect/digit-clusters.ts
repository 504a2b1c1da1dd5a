import { countDigits } from "./char-codes.ts";
import { derived } from "./derived.ts";
import type { NormalizedText } from "./types.ts";

/**
 * Digits joined by runs of at most three of " .-()", in normalised offsets [start, end) from
 * its first digit to its last. Every numeric id and phone number is written inside one
 * ("123 - 45 - 6789", "1 (617) 527-3490", "4111.1111.1111.1111"), so a recognizer needing
 * n digits need only look at clusters holding n or more.
 */
export interface DigitCluster {
  start: number;
  end: number;
  /** How many digits it holds. */
  digits: number;
}

// Linear: a separator run never competes with the digit after it. Starting from a cluster's
// first digit it reads the cluster whole; a cluster with fewer digits fails at every start.
const LONG_CLUSTER = /\d(?:[ .()-]{0,3}\d){6,}/g;

function findLongClusters(input: NormalizedText): DigitCluster[] {
  const text = input.text;
  const clusters: DigitCluster[] = [];
  LONG_CLUSTER.lastIndex = 0;
  for (let match = LONG_CLUSTER.exec(text); match; match = LONG_CLUSTER.exec(text)) {
    const end = match.index + match[0].length;
    clusters.push({ start: match.index, end, digits: countDigits(text, match.index, end) });
  }
  return clusters;
}

/**
 * Every digit cluster of the input holding seven digits or more (the shortest value searched
 * this way: an international phone number), in order; found once per input.
 */
export function longDigitClusters(input: NormalizedText): readonly DigitCluster[] {
  return derived(input, findLongClusters);
}
