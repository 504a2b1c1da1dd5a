import { cardNetworkOfPrefix } from "../checksums/card-network.ts";
import { isLuhnValid } from "../checksums/luhn.ts";
import { cardDigitRuns } from "../card-digit-runs.ts";
import { longDigitClusters } from "../digit-clusters.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

/** The digits of the groups `first` to `last` (indexes into the flat bounds) joined. */
function digitsOfGroups(text: string, groups: readonly number[], first: number, last: number): string {
  let digits = "";
  for (let group = first; group <= last; group += 2) digits += text.slice(groups[group], groups[group + 1]);
  return digits;
}

/**
 * Payment card numbers: 13–19 digits, ungrouped or grouped with one separator style,
 * a known network's IIN prefix and length, and a valid Luhn check. In a longer run of
 * groups ("… 4111 1111 1111 1111 12/28"), the card is the longest valid stretch of groups.
 */
export const creditCardRecognizer: Recognizer = {
  id: "credit-card",
  type: "CREDIT_CARD",
  find(input: NormalizedText): RecognizerMatch[] {
    const matches: RecognizerMatch[] = [];
    const text = input.text;
    for (const groups of cardDigitRuns(text, longDigitClusters(input), 13)) {
      // groups: flat [start, end] bounds of each group of the run
      const last = groups.length - 1;
      if ((groups[last] as number) - (groups[0] as number) < 13) continue;
      for (let first = 0; first < last; first += 2) {
        let best: RecognizerMatch | null = null;
        let count = 0;
        let firstFour = 0;
        for (let group = first; group < last; group += 2) {
          const start = groups[group] as number;
          const end = groups[group + 1] as number;
          // One separator style per card: "4111 1111-1111 1111" is two things, not one.
          if (group > first + 2 && text.charCodeAt(start - 1) !== text.charCodeAt((groups[first + 2] as number) - 1)) break;
          for (let index = start; index < end && index - start + count < 4; index++) {
            firstFour = firstFour * 10 + text.charCodeAt(index) - 48;
          }
          count += end - start;
          if (count > 19) break;
          if (count >= 13 && cardNetworkOfPrefix(firstFour, count) !== null) {
            const digits = digitsOfGroups(text, groups, first, group);
            if (isLuhnValid(digits)) best = { start: groups[first] as number, end, canonical: digits, score: 0.95 };
          }
        }
        if (best) {
          matches.push(best);
          // Continue after the card's last group.
          while (first + 2 < last && (groups[first + 2] as number) < best.end) first += 2;
        }
      }
    }
    return matches;
  },
};
