import { hasContext } from "../context/has-context.ts";
import type { DigitCluster } from "../digit-clusters.ts";
import { matchesInClusters } from "../matches-in-clusters.ts";
import type { NormalizedText, RecognizerMatch } from "../types.ts";
import { isNanpNumber } from "./is-nanp-number.ts";
import { ID_LABEL, PHONE_CONTEXT } from "./phone-context.ts";
import { digitsBetween } from "../char-codes.ts";

// An optional leading 1, then (617) 527-3490 or (617)5273490, 617-527-3490 / 617.527.3490 /
// 617 527 3490 (one separator style), or ten bare digits. Not glued to other digits, letters or "+".
// Only the separator (for the back-reference) and the bare digits are captured.
const NANP =
  /(?<![\w+.\-/])(?:1[ .-]?)?(?:\(\d{3}\)[ .-]?\d{3}[ .-]?\d{4}|\d{3}([ .-])\d{3}\1\d{4}|(\d{10}))(?![\w]|[.\-/]\d)/g;


/**
 * North American numbers. Formatted ones stand on their own (scored low right after an id
 * label); ten bare digits are only a phone number next to a phone word, because ids of ten
 * digits are everywhere. Only `clusters` (see `longDigitClusters`) are searched.
 */
export function findNanpNumbers(input: NormalizedText, clusters: readonly DigitCluster[]): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  const text = input.text;
  // Ten digits; an area code's "(" stands just before a cluster's first digit.
  for (const match of matchesInClusters(NANP, text, clusters, 10, 1)) {
    const start = match.index;
    const end = start + match[0].length;
    const bare = match[2] !== undefined;
    // Ten digits, or eleven with the leading 1.
    const digits = match[2] ?? digitsBetween(text, start, end);
    const national = digits.length === 11 ? digits.slice(1) : digits;
    if (!isNanpNumber(national)) continue;
    if (bare && !hasContext(input, start, end, PHONE_CONTEXT)) continue;
    const score = bare ? 0.6 : hasContext(input, start, end, ID_LABEL) ? 0.4 : 0.75;
    matches.push({ start, end, canonical: `+1${national}`, score });
  }
  return matches;
}
