import type { DigitCluster } from "../digit-clusters.ts";
import { digitsOnly } from "../digits-only.ts";
import { matchesInClusters } from "../matches-in-clusters.ts";
import type { RecognizerMatch } from "../types.ts";
import { callingCodeOf } from "./calling-code-of.ts";
import { isNanpNumber } from "./is-nanp-number.ts";

// "+" (or the "00" international prefix) and a country code, an optional "(0)" trunk marker
// and parenthesised area code, then digit groups. Every repeated group needs a separator
// before it, so the pattern is linear. After "00" the number must be grouped, as people
// write it, so that long runs of digits starting with 00 are left alone.
const INTERNATIONAL =
  /(?<![\w+])(?:\+\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]?\(\d{1,4}\))?[ .-]?\d{1,12}|00\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]?\(\d{1,4}\))?[ .-]\d{1,12})(?:[ .-]\d{1,12}){0,6}(?![\w]|[.-]\d)/g;
const TRUNK_MARKER = /\(0\)/;
const INTERNATIONAL_PREFIX = /^(?:\+|00)/;
// A calling code and a national number of six digits or more.
const MIN_DIGITS = 7;

/** E.164 form of a "+…" or "00…" candidate, or null when its length does not fit its country. */
function e164Of(candidate: string): string | null {
  const digits = digitsOnly(candidate.replace(INTERNATIONAL_PREFIX, "").replace(TRUNK_MARKER, ""));
  const callingCode = callingCodeOf(digits);
  if (!callingCode) return null;
  const national = digits.slice(callingCode.length);
  if (callingCode === "1") return national.length === 10 && isNanpNumber(national) ? `+${digits}` : null;
  if (national.length < 6 || digits.length > 15) return null;
  return `+${digits}`;
}

/** Whether a number can start in the cluster: at a "+" just before it, or at an "00" inside it. */
function mayStartInternational(text: string, cluster: DigitCluster): boolean {
  if (text.charCodeAt(cluster.start - 1) === 43) return true;
  for (let index = cluster.start + 1; index < cluster.end; index++) {
    if (text.charCodeAt(index) === 48 && text.charCodeAt(index - 1) === 48) return true;
  }
  return false;
}

/** Drops the last digit group of a candidate ("+44 20 7946 0958 12" → "+44 20 7946 0958"). */
function withoutLastGroup(candidate: string): string {
  const cut = candidate.search(/[ .-]\(?\d+\)?$/);
  return cut > 0 ? candidate.slice(0, cut) : "";
}

/**
 * International numbers written with "+" or "00": the country code is read from the digits,
 * the national part must have a plausible length (exactly a valid NANP number for +1).
 * A trailing group that makes the number too long is dropped, since it is usually another value.
 * Only `clusters` (see `longDigitClusters`) are searched.
 */
export function findInternationalNumbers(text: string, clusters: readonly DigitCluster[]): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  const candidates = clusters.filter((cluster) => cluster.digits >= MIN_DIGITS && mayStartInternational(text, cluster));
  // The "+" stands just before a cluster's first digit.
  for (const match of matchesInClusters(INTERNATIONAL, text, candidates, MIN_DIGITS, 1)) {
    let candidate = match[0];
    for (let attempt = 0; attempt < 3 && candidate; attempt++) {
      const canonical = e164Of(candidate);
      if (canonical) {
        const score = candidate.startsWith("+") ? 0.8 : 0.7;
        matches.push({ start: match.index, end: match.index + candidate.length, canonical, score });
        break;
      }
      candidate = withoutLastGroup(candidate);
    }
  }
  return matches;
}
