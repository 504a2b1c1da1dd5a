import { isAsciiAlphanumericCode, isDigitCode } from "../char-codes.ts";

const HYPHEN = 45;

/** Whether a token ending at `end` runs on: a letter or a digit follows, or a hyphen and one. */
export function runsOnAt(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return isAsciiAlphanumericCode(next) || (next === HYPHEN && isAsciiAlphanumericCode(text.charCodeAt(end + 1)));
}

/**
 * Whether one of `marks` (e.g. "/." or "/.,") and a digit follow `end`: the token ending
 * there is the start of a decimal, a date or a list of numbers.
 */
export function continuesAsNumberAt(text: string, end: number, marks: string): boolean {
  return end < text.length && marks.includes(text.charAt(end)) && isDigitCode(text.charCodeAt(end + 1));
}
