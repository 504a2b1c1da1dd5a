/** One word before a position, lower-cased, and what separates it from the text after it. */
export interface WordBefore {
  word: string;
  separator: string;
}

const NON_ASCII_LETTER = /[\p{L}\p{M}\u2019]/u;
const MAX_SEPARATOR = 8;

/** A letter, combining mark or apostrophe; ASCII by character code, the rest by regex. */
function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return ((code | 32) >= 97 && (code | 32) <= 122) || code === 39;
  return !Number.isNaN(code) && NON_ASCII_LETTER.test(text[index] ?? "");
}

/**
 * Up to `count` words before `position` on the same line, nearest first ("my name is X" gives
 * is, name, my). Stops at the start of the line or at a long stretch without letters.
 */
export function wordsBefore(text: string, position: number, count: number): WordBefore[] {
  const words: WordBefore[] = [];
  let at = position;
  while (words.length < count) {
    const separatorEnd = at;
    while (at > 0 && text[at - 1] !== "\n" && !isLetter(text, at - 1)) at--;
    if (at === 0 || text[at - 1] === "\n" || separatorEnd - at > MAX_SEPARATOR) break;
    const wordEnd = at;
    while (at > 0 && isLetter(text, at - 1)) at--;
    words.push({ word: text.slice(at, wordEnd).toLowerCase(), separator: text.slice(wordEnd, separatorEnd) });
  }
  return words;
}
