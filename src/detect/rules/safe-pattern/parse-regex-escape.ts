import { type CharSet, DIGITS, EVERY_CHARACTER, WHITE_SPACE, WORD_CHARACTERS, charSet, complement } from "./char-set.ts";
import { type RegexCursor, UnsupportedRegexSyntax, readCodePoint } from "./regex-cursor.ts";

/** What an escape stands for: characters, a zero-width assertion, or a backreference. */
export type Escape = { kind: "characters"; set: CharSet } | { kind: "assertion" } | { kind: "backreference" };

const CLASS_ESCAPES: Readonly<Record<string, CharSet>> = {
  d: DIGITS,
  D: complement(DIGITS),
  w: WORD_CHARACTERS,
  W: complement(WORD_CHARACTERS),
  s: WHITE_SPACE,
  S: complement(WHITE_SPACE),
};
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, v: 11, f: 12 };

const single = (code: number): Escape => ({ kind: "characters", set: charSet([[code, code]]) });

/** Reads `pattern` at the cursor and returns the hexadecimal number it spells, or null. */
function readHex(cursor: RegexCursor, pattern: RegExp): number | null {
  pattern.lastIndex = cursor.index;
  const found = pattern.exec(cursor.source);
  if (!found) return null;
  cursor.index += found[0].length;
  return Number.parseInt(found[1] ?? "", 16);
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Under `u`, `\uD83D\uDE00` is one character (U+1F600), as the engine reads it: a high
 * surrogate `\uHHHH` escape joins a low surrogate `\uHHHH` escape right after it (not a
 * `\u{…}` one, nor a literal half). Returns the joined code point and moves past the low
 * half, or returns null and leaves the cursor alone.
 */
function readLowSurrogateEscape(cursor: RegexCursor, high: number): number | null {
  const found = /\\u([dD][c-fC-F][0-9a-fA-F]{2})/y;
  found.lastIndex = cursor.index;
  const low = found.exec(cursor.source);
  if (!low) return null;
  cursor.index += low[0].length;
  return 0x10000 + ((high - 0xd800) << 10) + (Number.parseInt(low[1] ?? "", 16) - 0xdc00);
}

/**
 * Parses the escape after a backslash (the cursor is past the `\`). Inside a character
 * class `\b` is a backspace and `\-` a dash; outside, `\b`/`\B` are word boundaries.
 * Unicode property escapes (`\p{…}`) are taken to match any character.
 */
export function parseEscape(cursor: RegexCursor, inClass: boolean): Escape {
  const start = cursor.index;
  const letter = cursor.source[cursor.index] ?? "";
  if (letter === "") throw new UnsupportedRegexSyntax("a pattern cannot end with a backslash");
  cursor.index++;
  const known = CLASS_ESCAPES[letter];
  if (known) return { kind: "characters", set: known };
  if (letter === "b" || letter === "B") return inClass ? single(8) : { kind: "assertion" };
  if (/[1-9]/.test(letter) && !inClass) {
    while (/\d/.test(cursor.source[cursor.index] ?? "")) cursor.index++;
    return { kind: "backreference" };
  }
  if (letter === "k" && cursor.source[cursor.index] === "<" && !inClass) {
    cursor.index = cursor.source.indexOf(">", cursor.index) + 1 || cursor.source.length;
    return { kind: "backreference" };
  }
  if ((letter === "p" || letter === "P") && cursor.unicode) {
    cursor.index = cursor.source.indexOf("}", cursor.index) + 1 || cursor.source.length;
    return { kind: "characters", set: EVERY_CHARACTER };
  }
  const control = CONTROL_ESCAPES[letter];
  if (control !== undefined) return single(control);
  if (letter === "0" || (/[1-7]/.test(letter) && inClass && !cursor.unicode)) {
    // \0 is NUL; without `u`, \0–\377 are octal escapes (Annex B).
    const octal = /[0-7]{0,2}/y;
    octal.lastIndex = cursor.index;
    const digits = cursor.unicode ? "" : (octal.exec(cursor.source)?.[0] ?? "");
    cursor.index += digits.length;
    return single(Number.parseInt(letter + digits, 8));
  }
  if (letter === "x") return single(readHex(cursor, /([0-9a-fA-F]{2})/y) ?? 0x78);
  if (letter === "u") {
    // `\u{…}` takes any number of digits (leading zeros are fine) when `u` is set.
    const braced = cursor.unicode ? readHex(cursor, /\{([0-9a-fA-F]+)\}/y) : null;
    if (braced !== null) return single(braced);
    const code = readHex(cursor, /([0-9a-fA-F]{4})/y);
    if (code === null) return single(0x75);
    return single(cursor.unicode && isHighSurrogate(code) ? (readLowSurrogateEscape(cursor, code) ?? code) : code);
  }
  if (letter === "c") {
    const next = cursor.source[cursor.index] ?? "";
    if (!/[A-Za-z]/.test(next)) throw new UnsupportedRegexSyntax(`"\\c" must be followed by a letter (offset ${start - 1})`);
    cursor.index++;
    return single(next.charCodeAt(0) % 32);
  }
  // Any other escaped character stands for itself ("\.", "\-", "\/").
  cursor.index = start;
  return single(readCodePoint(cursor));
}
