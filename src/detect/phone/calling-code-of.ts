// ITU-T E.164 assigns 1-, 2- and 3-digit codes as a prefix code: 1 and 7 stand alone,
// these two-digit codes are complete, and every other number starts with a three-digit code.
const TWO_DIGIT_CODES = new Set([
  "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47",
  "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65",
  "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
]);

/**
 * The country calling code at the start of an international number's digits (without "+"),
 * or null when the digits cannot start one (a leading 0).
 */
export function callingCodeOf(digits: string): string | null {
  const first = digits[0];
  if (first === undefined || first === "0") return null;
  if (first === "1" || first === "7") return first;
  const two = digits.slice(0, 2);
  if (TWO_DIGIT_CODES.has(two)) return two;
  return digits.length >= 3 ? digits.slice(0, 3) : null;
}
