/** Character classes of UTF-16 code units, for scanners that read text by `charCodeAt` (NaN past either end: in no class). */

/** 0–9 */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A–Z, a–z, 0–9 */
export function isAsciiAlphanumericCode(code: number): boolean {
  return isDigitCode(code) || ((code | 32) >= 97 && (code | 32) <= 122);
}

/** Whether the `count` characters from `start` are all digits. */
export function areDigitsAt(text: string, start: number, count: number): boolean {
  for (let index = start; index < start + count; index++) {
    if (!isDigitCode(text.charCodeAt(index))) return false;
  }
  return true;
}
