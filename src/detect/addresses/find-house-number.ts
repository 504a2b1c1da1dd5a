import { isAsciiAlphanumericCode } from "../char-codes.ts";

/** A house number found in a text, [start, end). */
export interface HouseNumber {
  start: number;
  end: number;
}

// A house number ("12", "12B", "12-14") not inside an amount, a longer number, a code or a
// time, either before a street name (a space, then a capitalised word, an ordinal or a
// French-style type) or ending a clause after one ("Hauptstraße 5", "Via Roma 10,").
// Of the numbers after it only an ordinal's start ("5th", "101st") may begin a street name.
const HOUSE_NUMBER =
  /[1-9](?<![A-Za-z0-9$€£#.\/:-][1-9])\d{0,5}[A-Za-z]?(?:-\d{1,5}[A-Za-z]?)?(?= (?:[A-Z\u00c0-\u00de\u0100-\u024f]|\d{1,3}[snrt]|(?:rue|avenue|boulevard|bd|place|allée|chemin|impasse|quai|route|via|viale|piazza|calle|rua|carrer) )|$|[\r\n,;:!?)"'\]|]|\.(?!\d))/g;

/** A letter, digit or hyphen: what a house number is made of. */
function isNumberCharacter(code: number): boolean {
  return isAsciiAlphanumericCode(code) || code === 45;
}

/**
 * The first house number starting at or after `from`, or null. A number never starts
 * right after a letter, digit or hyphen, and is made of nothing else, so it is the whole
 * run of such characters that ends where the match does: its start is found by walking
 * back, which spares building a match object for each of the many numbers that are
 * not an address.
 */
export function findHouseNumber(text: string, from: number): HouseNumber | null {
  HOUSE_NUMBER.lastIndex = from;
  if (!HOUSE_NUMBER.test(text)) return null;
  const end = HOUSE_NUMBER.lastIndex;
  let start = end - 1;
  while (start > 0 && isNumberCharacter(text.charCodeAt(start - 1))) start--;
  return { start, end };
}
