import { isDigitCode } from "../ascii-codes.ts";

/** How many ASCII digits `text` holds (no array of matches built, unlike `match(/\d/g)`). */
export function countDigits(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    if (isDigitCode(text.charCodeAt(index))) count++;
  }
  return count;
}
