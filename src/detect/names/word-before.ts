/** A word before a position, lower-cased, and what separates it from the text after it. */
export interface WordBefore {
  word: string;
  separator: string;
  /** Where the word starts; the word before it is `wordBefore(text, start)`. */
  start: number;
}

const NON_ASCII_LETTER = /[\p{L}\p{M}\u2019]/u;
const MAX_SEPARATOR = 8;
const NEWLINE = 10;
const SPACE = 32;

/** A letter, combining mark or apostrophe; ASCII by character code, the rest by regex. */
function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return ((code | 32) >= 97 && (code | 32) <= 122) || code === 39;
  return !Number.isNaN(code) && NON_ASCII_LETTER.test(text[index] ?? "");
}

/** "a"-"z" or an apostrophe: what `toLowerCase` leaves alone, and cheaper to check than to call it. */
function isLowerCaseAscii(code: number): boolean {
  return (code >= 97 && code <= 122) || code === 39;
}

/**
 * The word before `position` on the same line ("is" before "X" in "my name is X"), or null at
 * the start of the line or after a long stretch without letters. Read one at a time, so a
 * caller that needs only the nearest word pays for no more.
 */
export function wordBefore(text: string, position: number): WordBefore | null {
  let at = position;
  while (at > 0 && position - at <= MAX_SEPARATOR && text.charCodeAt(at - 1) !== NEWLINE && !isLetter(text, at - 1)) at--;
  if (at === 0 || text.charCodeAt(at - 1) === NEWLINE || position - at > MAX_SEPARATOR) return null;
  const wordEnd = at;
  let lowerCase = true;
  for (; at > 0 && isLetter(text, at - 1); at--) lowerCase &&= isLowerCaseAscii(text.charCodeAt(at - 1));
  const word = text.slice(at, wordEnd);
  // Most words stand one space before the position: that separator needs no string cut out.
  const separator = position - wordEnd === 1 && text.charCodeAt(wordEnd) === SPACE ? " " : text.slice(wordEnd, position);
  return { word: lowerCase ? word : word.toLowerCase(), separator, start: at };
}
