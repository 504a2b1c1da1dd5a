import { isAsciiUpperCode, isDigitCode } from "../char-codes.ts";
import { REGION_CODES } from "./region-codes.ts";

// A capitalised word; a full stop only inside a name ("St. Louis"), never a sentence's.
const WORD = "\\p{Lu}\\p{L}*(?:['’-]\\p{L}+)*(?:\\.(?= \\p{Lu}))?";
// A town of one to four such words: "Vista", "Rancho Santa Margarita", "St. Louis".
const TOWN = `${WORD}(?: ${WORD}){0,3}`;
// ", Springfield, IL 62704" / ", Toronto ON M5V 2T6" / ", Sydney NSW 2000" / ", Boston, MA";
// without the comma (" New York, NY 10001") only with the postcode.
const TOWN_REGION_POSTCODE = new RegExp(
  `(, ?| )${TOWN}(?:, ?| )([A-Z]{2,3})( (?:\\d{5}(?:-\\d{4})?|\\d{4}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d))?(?![\\p{L}\\p{N}])`,
  "uy",
);
// ", Southampton B12 4SJ" / ", London, SW1A 2AA": a UK postcode after the town.
const TOWN_UK_POSTCODE = new RegExp(`, ?${TOWN},? [A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}(?![\\p{L}\\p{N}])`, "uy");
// ", 75002 Paris" / ", 10115 Berlin" / ", 1012 AB Amsterdam": postcode before the town.
const POSTCODE_TOWN = new RegExp(`, ?\\d{4,5}(?: [A-Z]{2})? ${TOWN}(?![\\p{L}\\p{N}])`, "uy");

function stickyEnd(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? from + match[0].length : -1;
}

/**
 * Where the town, region and postcode written after a street line starting at `from` end,
 * or -1 when none follows: US, Canadian and Australian "town, region postcode" (a known
 * region code is required), a UK postcode after the town, or a European postcode before it.
 */
export function localityEnd(text: string, from: number): number {
  // Every form starts with a comma and perhaps a space (the US one with a space alone),
  // then a town's capital or a postcode's digit.
  const first = text[from];
  if (first !== "," && first !== " ") return -1;
  const next = text.charCodeAt(first === "," && text[from + 1] === " " ? from + 2 : from + 1);
  if (isDigitCode(next)) return first === "," ? stickyEnd(POSTCODE_TOWN, text, from) : -1;
  if (!(isAsciiUpperCode(next) || next >= 128)) return -1;
  TOWN_REGION_POSTCODE.lastIndex = from;
  const regional = TOWN_REGION_POSTCODE.exec(text);
  if (regional && REGION_CODES.has(regional[2] ?? "") && (regional[1] !== " " || regional[3])) return from + regional[0].length;
  return first === "," ? stickyEnd(TOWN_UK_POSTCODE, text, from) : -1;
}
