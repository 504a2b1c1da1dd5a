import type { DigitCluster } from "../digit-clusters.ts";
import { matchesInClusters } from "../matches-in-clusters.ts";
import type { RecognizerMatch } from "../types.ts";
import { digitsBetween } from "../char-codes.ts";

// National numbers with a trunk 0, as written in the UK and much of Europe and Asia:
// "07697 648503", "020 7946 0958", "0113-707-0237". At least one separator is required.
const TRUNK_NUMBER = /(?<![\w+.\-/])0[1-9]\d{1,3}[ -]\d{3,4}[ -]?\d{3,4}(?![\w]|[.\-/]\d)/g;

/**
 * Grouped national numbers starting with a trunk 0 and holding 10–11 digits. The country
 * is unknown without a "+", so the canonical form is the digits as written. Only `clusters`
 * (see `longDigitClusters`) are searched.
 */
export function findTrunkNumbers(text: string, clusters: readonly DigitCluster[]): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  for (const match of matchesInClusters(TRUNK_NUMBER, text, clusters, 10)) {
    const digits = digitsBetween(text, match.index, match.index + match[0].length);
    if (digits.length < 10 || digits.length > 11) continue;
    matches.push({ start: match.index, end: match.index + match[0].length, canonical: digits, score: 0.6 });
  }
  return matches;
}
