import { cardNetwork } from "../checksums/card-network.ts";
import { isLuhnValid } from "../checksums/luhn.ts";
import { longDigitClusters } from "../digit-clusters.ts";
import { matchesInClusters } from "../matches-in-clusters.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// A run of digit groups joined by single spaces, dashes or dots, not glued to letters.
// Bounded, and separators are required between groups, so the pattern stays linear.
// Every network's numbers start with 2–6. Testing that digit first lets the engine skip
// ahead; the look-ahead drops runs too short to hold 13 digits before a match is built.
const DIGIT_GROUPS = /[2-6](?<![A-Za-z0-9][2-6])(?=[\d .-]{12})\d{0,18}(?:[ .-]\d{1,19}){0,18}(?![A-Za-z0-9])/g;
const GROUP = /\d+/g;

interface Group {
  start: number;
  end: number;
}

function groupsOf(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  GROUP.lastIndex = 0;
  for (let match = GROUP.exec(run); match; match = GROUP.exec(run)) {
    groups.push({ start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return groups;
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
    for (const run of matchesInClusters(DIGIT_GROUPS, text, longDigitClusters(input), 13)) {
      if (run[0].length < 13) continue;
      const groups = groupsOf(run[0], run.index);
      for (let first = 0; first < groups.length; first++) {
        let best: RecognizerMatch | null = null;
        let digits = "";
        let last = first;
        for (; last < groups.length; last++) {
          const group = groups[last];
          if (!group) break;
          // One separator style per card: "4111 1111-1111 1111" is two things, not one.
          if (last > first + 1 && text[group.start - 1] !== text[(groups[first + 1]?.start ?? 0) - 1]) break;
          digits += text.slice(group.start, group.end);
          if (digits.length > 19) break;
          const start = groups[first]?.start ?? group.start;
          if (digits.length >= 13 && cardNetwork(digits) !== null && isLuhnValid(digits)) {
            best = { start, end: group.end, canonical: digits, score: 0.95 };
          }
        }
        if (best) {
          matches.push(best);
          // Continue after the card's last group.
          while (first + 1 < groups.length && (groups[first + 1]?.start ?? 0) < best.end) first++;
        }
      }
    }
    return matches;
  },
};
