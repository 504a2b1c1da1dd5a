import { isWhitespaceCode } from "./char-codes.ts";

/** Whether `text` holds white space other than lone ASCII spaces: a run of two or more, or any other kind. */
function hasFoldableSpace(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 32 ? text.charCodeAt(at + 1) === 32 : isWhitespaceCode(code)) return true;
  }
  return false;
}

/**
 * A match's canonical text: `text` in lower case with each run of white space (the regex
 * class `\s`) folded to one space, as `text.toLowerCase().replace(/\s+/g, " ")` gives it. Most
 * matches hold only lone spaces, and skip the regular expression.
 */
export function foldedCanonical(text: string): string {
  const lower = text.toLowerCase();
  return hasFoldableSpace(lower) ? lower.replace(/\s+/g, " ") : lower;
}
