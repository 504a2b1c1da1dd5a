/**
 * Character classes of UTF-16 code units, and digit reading, for scanners that read text by
 * `charCodeAt`. A code past either end of a string (NaN) is in no class.
 */

/** 0–9 */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A–Z */
export function isAsciiUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** a–z */
export function isAsciiLowerCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * A–Z, a–z: `isAsciiUpperCode(code) || isAsciiLowerCode(code)`, tested at once by setting the
 * bit that tells a lower-case letter from its capital (NaN | 32 is 32, in no class).
 */
export function isAsciiLetterCode(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

/** A–Z, a–z, 0–9 */
export function isAsciiAlphanumericCode(code: number): boolean {
  return isDigitCode(code) || isAsciiLetterCode(code);
}

/** Whether `code` is a character of the regex class `\s` (white space and line terminators). */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A space, dash or dot: what joins the digit groups of a written number ("4111 1111", "555-0100", "10.1"). */
export function isGroupSeparatorCode(code: number): boolean {
  return code === 32 || code === 45 || code === 46;
}

/** Whether the `count` characters from `start` are all digits. */
export function areDigitsAt(text: string, start: number, count: number): boolean {
  for (let index = start; index < start + count; index++) {
    if (!isDigitCode(text.charCodeAt(index))) return false;
  }
  return true;
}

/** How many ASCII digits text[start, end) holds (no array of matches built, unlike `match(/\d/g)`). */
export function countDigits(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let index = start; index < end; index++) {
    if (isDigitCode(text.charCodeAt(index))) count++;
  }
  return count;
}

/** The ASCII digits of text[start, end), in order, with everything else dropped. */
export function digitsBetween(text: string, start: number, end: number): string {
  let digits = "";
  let run = start;
  for (let index = start; index < end; index++) {
    if (isDigitCode(text.charCodeAt(index))) continue;
    if (index > run) digits += text.slice(run, index);
    run = index + 1;
  }
  return end > run ? digits + text.slice(run, end) : digits;
}

/** The ASCII digits of `value`, in order, with everything else dropped. */
export function digitsOnly(value: string): string {
  return digitsBetween(value, 0, value.length);
}
