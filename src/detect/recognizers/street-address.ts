import { localityEnd } from "../addresses/locality-end.ts";
import { findNameFirstStreets } from "../addresses/find-name-first-streets.ts";
import { readStreetLine, type StreetLine } from "../addresses/read-street-line.ts";
import { unitEnd } from "../addresses/unit-end.ts";
import { contextPattern } from "../context/context-pattern.ts";
import { type ContextRule, hasContext } from "../context/has-context.ts";
import type { NormalizedText, Recognizer, RecognizerMatch } from "../types.ts";

// A house number ("12", "12B", "12-14") and a space before a capitalised word, an ordinal
// or a French-style street type; not part of an amount, a longer number, a code or a time.
const HOUSE_NUMBER =
  /[1-9](?<![A-Za-z0-9$€£#.\/:-][1-9])\d{0,5}[A-Za-z]?(?:-\d{1,5}[A-Za-z]?)? (?=[A-Z0-9\u00c0-\u00de\u0100-\u024f]|(?:rue|avenue|boulevard|bd|place|allée|chemin|impasse|quai|route|via|viale|piazza|calle|rua|carrer) )/g;
const PO_BOX = /(?:P\.? ?O\.?|Post Office) ?Box #?\d{1,6}(?![A-Za-z0-9])/gi;
// What may follow a complete street line: the end of a line, clause or value, or a unit.
const BREAK_AFTER = /^(?:$|[\r\n,;:!?)"'\]|.]| #| - )/;
const LINE_PREFIX = /^[ \t>*•-]*$/;
// Abbreviated street types and directions keep their full stop: "Ln.", "Blvd.", "NW.".
const ABBREVIATION =
  /(?:^|[ .])(?:st|str|ave|av|rd|blvd|dr|drv|ln|ct|crt|pl|ter|terr|cir|pkwy|hwy|cres|gdns|sq|trl|aly|plz|expy|fwy|tpke|hts|xing|rte|pt|ctr|[nsew]|ne|nw|se|sw)$/i;

const ADDRESS_CONTEXT: ContextRule = {
  pattern: contextPattern([
    ...["address*", "addr", "street", "residence", "resides", "residing", "domicile", "postal"],
    ...["live at", "lives at", "living at", "lived at", "moved to", "move to", "moving to", "located at"],
    ...["ship*", "deliver*", "send*", "mail*", "statements go to", "line1", "line 1", "property at", "premises"],
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
  const tail = text.slice(Math.max(0, line.end - 6), line.end);
  return text[line.end] === "." && ABBREVIATION.test(tail) ? line.end + 1 : line.end;
}

/**
 * Street addresses: "123 Main St", "32 W Market Street, Apt 3B", "9992 The Square",
 * "Hauptstraße 5", "PO Box 1234", with any unit and the town, region and postcode after
 * them ("…, Springfield, IL 62704", "…, Bath LS1 3YZ"). A strong street type (Street, Ave,
 * Close …) is enough on its own at the end of a clause; a weak one (Green, View …) or a
 * bare name ("16 Waterside") needs an address label, a unit or a town and postcode.
 */
export const streetAddressRecognizer: Recognizer = {
  id: "street-address",
  type: "STREET_ADDRESS",
  find(input: NormalizedText): RecognizerMatch[] {
    const text = input.text;
    const matches: RecognizerMatch[] = [];
    const add = (start: number, end: number, withLocality: boolean) => {
      const canonical = text.slice(start, end).toLowerCase().replace(/\s+/g, " ");
      matches.push({ start, end, canonical, score: withLocality ? SCORE_WITH_LOCALITY : SCORE });
    };
    HOUSE_NUMBER.lastIndex = 0;
    for (let match = HOUSE_NUMBER.exec(text); match; match = HOUSE_NUMBER.exec(text)) {
      const start = match.index;
      const line = readStreetLine(text, start + match[0].length);
      if (!line) continue;
      const streetEnd = withFullStop(text, line);
      const afterUnit = unitEnd(text, streetEnd);
      const locality = localityEnd(text, afterUnit);
      const end = locality === -1 ? afterUnit : locality;
      const placed = end > streetEnd;
      const labelled = () => hasContext(input, start, end, ADDRESS_CONTEXT);
      const accepted =
        line.strength === "strong"
          ? placed || BREAK_AFTER.test(text.slice(streetEnd, streetEnd + 3)) || labelled()
          : line.strength === "weak"
            ? placed || labelled() || isLineAlone(text, start, end)
            : (placed || BREAK_AFTER.test(text.slice(streetEnd, streetEnd + 3))) && (locality !== -1 || labelled());
      if (!accepted) continue;
      add(start, end, locality !== -1);
      HOUSE_NUMBER.lastIndex = end;
    }
    for (const street of findNameFirstStreets(text)) {
      const locality = localityEnd(text, street.end);
      add(street.start, Math.max(street.end, locality), locality !== -1);
    }
    PO_BOX.lastIndex = 0;
    for (let match = PO_BOX.exec(text); match; match = PO_BOX.exec(text)) {
      if (/[A-Za-z0-9]/.test(text[match.index - 1] ?? "")) continue;
      const end = match.index + match[0].length;
      const locality = localityEnd(text, end);
      add(match.index, Math.max(end, locality), locality !== -1);
    }
    return matches.sort((left, right) => left.start - right.start);
  },
};
