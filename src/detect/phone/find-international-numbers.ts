import { isDigitCode, isGroupSeparatorCode } from "../char-codes.ts";
import { hasContext } from "../context/has-context.ts";
import type { DigitCluster } from "../digit-clusters.ts";
import { matchesInClusters } from "../matches-in-clusters.ts";
import type { NormalizedText, RecognizerMatch } from "../types.ts";
import { callingCodeOf } from "./calling-code-of.ts";
import { isNanpNumber } from "./is-nanp-number.ts";
import { ID_LABEL } from "./phone-context.ts";

// "+" (or the "00" international prefix) and a country code, an optional "(0)" trunk marker
// and parenthesised area code, then digit groups. Every repeated group needs a separator
// before it, so the pattern is linear. After "00" the number must be grouped, as people
// write it, so that long runs of digits starting with 00 are left alone.
const INTERNATIONAL =
  /(?<![\w+])(?:\+\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]?\(\d{1,4}\))?[ .-]?\d{1,12}|00\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]?\(\d{1,4}\))?[ .-]\d{1,12})(?:[ .-]\d{1,12}){0,6}(?![\w]|[.-]\d)/g;
// A calling code and a national number of six digits or more.
const MIN_DIGITS = 7;

/**
 * The digits of a "+…" or "00…" candidate after that prefix, without the 0 of its first
 * "(0)" trunk marker ("+44 (0)20 7946 0958" → "442079460958").
 */
function internationalDigitsOf(candidate: string): string {
  let digits = "";
  let index = candidate.charCodeAt(0) === 43 ? 1 : 2;
  let trunkMarkerSeen = false;
  for (let run = index; index <= candidate.length; index++) {
    const code = candidate.charCodeAt(index);
    if (isDigitCode(code)) continue;
    if (index > run) digits += candidate.slice(run, index);
    if (!trunkMarkerSeen && code === 40 && candidate.charCodeAt(index + 1) === 48 && candidate.charCodeAt(index + 2) === 41) {
      trunkMarkerSeen = true;
      index += 2;
    }
    run = index + 1;
  }
  return digits;
}

/** E.164 form of a "+…" or "00…" candidate, or null when its length does not fit its country. */
function e164Of(candidate: string): string | null {
  const digits = internationalDigitsOf(candidate);
  const callingCode = callingCodeOf(digits);
  if (!callingCode) return null;
  const national = digits.slice(callingCode.length);
  if (callingCode === "1") return national.length === 10 && isNanpNumber(national) ? `+${digits}` : null;
  if (national.length < 6 || digits.length > 15) return null;
  return `+${digits}`;
}

/**
 * The clusters a number can start in: at a "+" just before one, or at an "00" inside it.
 * Each "00" is found once for the whole text, so the text is searched once, not per cluster.
 */
function internationalCandidates(text: string, clusters: readonly DigitCluster[]): DigitCluster[] {
  const candidates: DigitCluster[] = [];
  // Where the next "00" at or after the last searched cluster's start begins.
  let doubleZero = -1;
  for (const cluster of clusters) {
    if (cluster.digits < MIN_DIGITS) continue;
    if (text.charCodeAt(cluster.start - 1) === 43) {
      candidates.push(cluster);
      continue;
    }
    if (doubleZero < cluster.start) {
      doubleZero = text.indexOf("00", cluster.start);
      if (doubleZero === -1) doubleZero = text.length;
    }
    if (doubleZero + 1 < cluster.end) candidates.push(cluster);
  }
  return candidates;
}

/** Drops the last digit group of a candidate ("+44 20 7946 0958 12" → "+44 20 7946 0958"). */
function withoutLastGroup(candidate: string): string {
  let index = candidate.length - 1;
  if (candidate.charCodeAt(index) === 41) index--;
  const digitsEnd = index;
  while (index >= 0 && isDigitCode(candidate.charCodeAt(index))) index--;
  if (index === digitsEnd) return "";
  if (candidate.charCodeAt(index) === 40) index--;
  return index > 0 && isGroupSeparatorCode(candidate.charCodeAt(index)) ? candidate.slice(0, index) : "";
}

/**
 * International numbers written with "+" or "00": the country code is read from the digits,
 * the national part must have a plausible length (exactly a valid NANP number for +1).
 * A trailing group that makes the number too long is dropped, since it is usually another value.
 * An "00" number right after an id label is that id (see `ID_LABEL`).
 * Only `clusters` (see `longDigitClusters`) are searched.
 */
export function findInternationalNumbers(input: NormalizedText, clusters: readonly DigitCluster[]): RecognizerMatch[] {
  const text = input.text;
  const matches: RecognizerMatch[] = [];
  const candidates = internationalCandidates(text, clusters);
  // The "+" stands just before a cluster's first digit.
  for (const match of matchesInClusters(INTERNATIONAL, text, candidates, MIN_DIGITS, 1)) {
    let candidate = match[0];
    // "PO 0099 88776655": after an id label, "00" starts the id, not a calling code.
    const plus = candidate.charCodeAt(0) === 43;
    if (!plus && hasContext(input, match.index, match.index + candidate.length, ID_LABEL)) continue;
    for (let attempt = 0; attempt < 3 && candidate; attempt++) {
      const canonical = e164Of(candidate);
      if (canonical) {
        const score = plus ? 0.8 : 0.7;
        matches.push({ start: match.index, end: match.index + candidate.length, canonical, score });
        break;
      }
      candidate = withoutLastGroup(candidate);
    }
  }
  return matches;
}
