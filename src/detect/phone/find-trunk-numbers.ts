import { hasContext } from "../context/has-context.ts";
import type { DigitCluster } from "../digit-clusters.ts";
import { matchesInClusters } from "../matches-in-clusters.ts";
import type { NormalizedText, RecognizerMatch } from "../types.ts";
import { digitsBetween } from "../char-codes.ts";
import { PHONE_CONTEXT } from "./phone-context.ts";

// National numbers with a trunk 0, as written in the UK and much of Europe and Asia:
// "07697 648503", "020 7946 0958", "0113-707-0237", "0151 23456789"; in five pairs as in
// France ("06 12 34 56 78", "01.42.68.53.00", one separator throughout, no sixth pair); or
// run together ("07700900123"). Only the pairs' separator and the run are captured.
const TRUNK_NUMBER =
  /(?<![\w+.\-/])0[1-9](?:\d{1,3}[ -]\d{3,4}[ -]?\d{3,4}|([ .-])\d\d(?:\1\d\d){3}(?!\1\d)|(\d{8,9}))(?![\w]|[.\-/]\d)/g;

/**
 * National numbers starting with a trunk 0 and holding 10–11 digits. Shapes that other
 * numbers share need a phone word nearby: 12 digits (German mobiles, "0151 23456789", and
 * ids), five pairs (French numbers, and lottery draws) and digits run together
 * ("07700900123", and order numbers). The country is unknown without a "+", so the
 * canonical form is the digits as written. Only `clusters` (see `longDigitClusters`) are
 * searched.
 */
export function findTrunkNumbers(input: NormalizedText, clusters: readonly DigitCluster[]): RecognizerMatch[] {
  const text = input.text;
  const matches: RecognizerMatch[] = [];
  for (const match of matchesInClusters(TRUNK_NUMBER, text, clusters, 10)) {
    const start = match.index;
    const end = start + match[0].length;
    const digits = digitsBetween(text, start, end);
    if (digits.length < 10 || digits.length > 12) continue;
    const needsContext = digits.length === 12 || match[1] !== undefined || match[2] !== undefined;
    if (needsContext && !hasContext(input, start, end, PHONE_CONTEXT)) continue;
    matches.push({ start, end, canonical: digits, score: 0.6 });
  }
  return matches;
}
