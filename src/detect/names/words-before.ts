/** One word before a position, lower-cased, and what separates it from the text after it. */
export interface WordBefore {
  word: string;
  separator: string;
}

const LETTER = /[\p{L}\p{M}'\u2019]/u;
const MAX_SEPARATOR = 8;

/**
 * Up to `count` words before `position` on the same line, nearest first ("my name is X" gives
 * is, name, my). Stops at the start of the line or at a long stretch without letters.
 */
export function wordsBefore(text: string, position: number, count: number): WordBefore[] {
  const words: WordBefore[] = [];
  let at = position;
  while (words.length < count) {
    const separatorEnd = at;
    while (at > 0 && text[at - 1] !== "\n" && !LETTER.test(text[at - 1] ?? "")) at--;
    if (at === 0 || text[at - 1] === "\n" || separatorEnd - at > MAX_SEPARATOR) break;
    const wordEnd = at;
    while (at > 0 && LETTER.test(text[at - 1] ?? "")) at--;
    words.push({ word: text.slice(at, wordEnd).toLowerCase(), separator: text.slice(wordEnd, separatorEnd) });
  }
  return words;
}
