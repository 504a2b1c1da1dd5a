import { findHouseNumber, type HouseNumber } from "../addresses/find-house-number.ts";
import { localityEnd } from "../addresses/locality-end.ts";
import { nameFirstStreetStart } from "../addresses/name-first-street-start.ts";
import { readStreetLine, type StreetLine } from "../addresses/read-street-line.ts";
import { unitEnd } from "../addresses/unit-end.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRule, hasContext } from "../context/has-context.ts";
import { foldedCanonical } from "../folded-canonical.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

const PO_BOX = /(?:P\.? ?O\.?|Post Office) ?Box #?\d{1,6}(?![A-Za-z0-9])/gi;
// "meet me at 221 Baker Street tomorrow": a place word right before the number.
const PLACE_WORD_BEFORE = /(?:^|[^A-Za-z])(?:at|to|from|on|near|opposite|outside|behind|towards?) $/i;
const LINE_PREFIX = /^[ \t>*•-]*$/;
const TOWN_AFTER = /^, \p{Lu}\p{Ll}/u;
const FRENCH_TYPE_AFTER_COMMA = /, (?:rue|avenue|boulevard|bd|place|allée|chemin|impasse|quai|route|cours) /y;
// A unit written before the street line, British style: "Flat 3, 27 Old Gloucester Street".
const UNIT_BEFORE = /(?:^|[^A-Za-z])((?:flat|apartment|apt|unit|suite|room)\.? ?[A-Za-z0-9-]{1,6},? )$/i;
// Abbreviated street types and directions keep their full stop: "Ln.", "Blvd.", "NW.".
const ABBREVIATION =
  /(?:^|[ .])(?:st|str|ave|av|rd|blvd|dr|drv|ln|ct|crt|pl|ter|terr|cir|pkwy|hwy|cres|gdns|sq|trl|aly|plz|expy|fwy|tpke|hts|xing|rte|pt|ctr|[nsew]|ne|nw|se|sw)$/i;

const ADDRESS_CONTEXT: ContextRule = {
  pattern: contextPattern([
    ...["address*", "addr", "street", "residence", "resides", "residing", "domicile", "postal"],
    ...["live at", "lives at", "living at", "lived at", "moved to", "move to", "moving to", "located at"],
    ...["ship to", "ship it to", "ships to", "shipped to", "shipping", "deliver to", "deliver it to", "delivered to"],
    ...["send to", "send it to", "sent to", "mailing", "mail to", "mail it to", "mailed to", "statements go to"],
    ...["line1", "line 1", "property at", "premises"],
  ]),
  before: 50,
  after: 0,
};

/** Score of a street line: above phone readings of its numbers, below checksummed ids. */
const SCORE = 0.7;
// With its town, region and postcode an address is certain enough to outrank a name
// reading of the town ("El Monte", "Casa Grande"), which would otherwise drop it whole.
const SCORE_WITH_LOCALITY = 0.86;

function isLineAlone(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  return LINE_PREFIX.test(text.slice(lineStart, start)) && text.slice(end, lineEnd === -1 ? text.length : lineEnd).trim() === "";
}

/** The end of the street line with an abbreviation's full stop ("St.") taken in. */
function withFullStop(text: string, line: StreetLine): number {
  if (text[line.end] !== ".") return line.end;
  return ABBREVIATION.test(text.slice(Math.max(0, line.end - 6), line.end)) ? line.end + 1 : line.end;
}

/** The unit written before the street line starting at `start` ("Flat 3, "), or "". */
function unitBefore(text: string, start: number): string {
  if (text[start - 1] !== " ") return "";
  return UNIT_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? "";
}

/**
 * Whether what follows a complete street line at `at` ends it: the end of a line, clause
 * or value, or a unit (" #4", " - Apt 4").
 */
function breaksAfter(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const next = text.charAt(at);
  if ("\r\n,;:!?)\"']|.".includes(next)) return true;
  return next === " " && (text[at + 1] === "#" || (text[at + 1] === "-" && text[at + 2] === " "));
}

/** A street line, [start, streetEnd), with its unit and locality up to `end`. */
interface Candidate {
  start: number;
  streetEnd: number;
  end: number;
  strength: StreetLine["strength"];
  hasLocality: boolean;
}

/**
 * Whether a candidate is an address. A strong street type (Street, Ave, Close …) is enough
 * at the end of a clause or after a place word; a weak one (Green, View, "The X") needs an
 * address label, a unit or locality, a line to itself, or both a place word and a town after it; a bare name ("16 Waterside")
 * needs a label or a locality, and must end there.
 */
function isAddress(input: NormalizedText, candidate: Candidate): boolean {
  const { start, streetEnd, end, strength, hasLocality } = candidate;
  const text = input.text;
  const placed = end > streetEnd;
  const ended = placed || breaksAfter(text, streetEnd);
  if (strength === "strong") {
    return ended || PLACE_WORD_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || hasContext(input, start, end, ADDRESS_CONTEXT);
  }
  if (strength === "weak") {
    // "Office at 1 Infinite Loop, Cupertino": a place word before and a town after. Not a
    // place word alone: "meet at 9 Central Park, by the gate" is a time and a place.
    const afterPlaceWord =
      TOWN_AFTER.test(text.slice(streetEnd, streetEnd + 4)) && PLACE_WORD_BEFORE.test(text.slice(Math.max(0, start - 12), start));
    return placed || afterPlaceWord || isLineAlone(text, start, end) || hasContext(input, start, end, ADDRESS_CONTEXT);
  }
  return ended && (hasLocality || hasContext(input, start, end, ADDRESS_CONTEXT));
}

function toMatch(text: string, start: number, end: number, hasLocality: boolean): RecognizerMatch {
  return { start, end, canonical: foldedCanonical(text.slice(start, end)), score: hasLocality ? SCORE_WITH_LOCALITY : SCORE };
}

/** The address whose house number is `number`, written name first or number first, or null. */
function addressAt(input: NormalizedText, number: HouseNumber): RecognizerMatch | null {
  const text = input.text;
  let numberEnd = number.end;
  // French style puts a comma after the number: "8, avenue des Champs-Élysées".
  FRENCH_TYPE_AFTER_COMMA.lastIndex = numberEnd;
  if (text[numberEnd] === "," && FRENCH_TYPE_AFTER_COMMA.test(text)) numberEnd++;
  if (text[numberEnd] !== " ") {
    const start = numberEnd - number.start <= 5 ? nameFirstStreetStart(text, number.start) : -1;
    if (start === -1) return null;
    const locality = localityEnd(text, numberEnd);
    return toMatch(text, start, Math.max(numberEnd, locality), locality !== -1);
  }
  const line = readStreetLine(text, numberEnd + 1);
  if (!line) return null;
  const streetEnd = withFullStop(text, line);
  const afterUnit = unitEnd(text, streetEnd);
  const locality = localityEnd(text, afterUnit);
  const end = locality === -1 ? afterUnit : locality;
  const candidate = { start: number.start, streetEnd, end, strength: line.strength, hasLocality: locality !== -1 };
  if (!isAddress(input, candidate)) return null;
  return toMatch(text, number.start - unitBefore(text, number.start).length, end, candidate.hasLocality);
}

/**
 * Street addresses: "123 Main St", "32 W Market Street, Apt 3B", "9992 The Square",
 * "Hauptstraße 5", "Via Roma 10", "PO Box 1234", with any unit and the town, region and
 * postcode after them ("…, Springfield, IL 62704", "…, Bath LS1 3YZ", "…, 10115 Berlin").
 * How much evidence a street line needs depends on its type (see `isAddress`).
 */
export const streetAddressRecognizer: Recognizer = {
  id: "street-address",
  type: "STREET_ADDRESS",
  find(input: NormalizedText): RecognizerMatch[] {
    const text = input.text;
    const matches: RecognizerMatch[] = [];
    for (let number = findHouseNumber(text, 0); number; ) {
      const address = addressAt(input, number);
      if (address) matches.push(address);
      number = findHouseNumber(text, address ? address.end : number.end);
    }
    const mentionsBox = text.includes("Box") || text.includes("box") || text.includes("BOX");
    PO_BOX.lastIndex = 0;
    for (let match = mentionsBox ? PO_BOX.exec(text) : null; match; match = PO_BOX.exec(text)) {
      if (/[A-Za-z0-9]/.test(text[match.index - 1] ?? "")) continue;
      const end = match.index + match[0].length;
      const locality = localityEnd(text, end);
      matches.push(toMatch(text, match.index, Math.max(end, locality), locality !== -1));
    }
    return matches.sort((left, right) => left.start - right.start);
  },
};
