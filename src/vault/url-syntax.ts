/**
 * The characters and words by which the URL guard (restore-url-context.ts) recognises that
 * text has entered a URL: markers such as `https:`, `](` or `src=`, indexed by their last
 * character, and the character classes the guard checks at every step.
 */

export const TAB = 0x09;
export const LINE_FEED = 0x0a;
export const FORM_FEED = 0x0c;
export const CARRIAGE_RETURN = 0x0d;
export const BACKSPACE = 0x08;
export const SPACE = 0x20;
export const DOUBLE_QUOTE = 0x22;
export const HASH = 0x23;
export const SINGLE_QUOTE = 0x27;
export const OPEN_PAREN = 0x28;
export const CLOSE_PAREN = 0x29;
export const DOT = 0x2e;
export const SLASH = 0x2f;
export const COLON = 0x3a;
export const LESS_THAN = 0x3c;
export const EQUALS = 0x3d;
export const GREATER_THAN = 0x3e;
export const QUESTION_MARK = 0x3f;
export const OPEN_BRACKET = 0x5b;
export const BACKSLASH = 0x5c;
export const CLOSE_BRACKET = 0x5d;

export interface Marker {
  /** Lower-case char codes, last one first, so a match is read backwards from the end. */
  readonly reversed: readonly number[];
  /** The marker must not continue a word (`mailto:` yes, `automailto:` no). */
  readonly wordStart: boolean;
}

/** Markers indexed by the char code they end with, so only those characters trigger a check. */
export const MARKERS_BY_LAST_CODE: Array<Marker[] | undefined> = [];

function defineMarkers(words: readonly string[], wordStart: boolean): void {
  for (const word of words) {
    const reversed = [...word].reverse().map((char) => char.charCodeAt(0));
    const last = reversed[0]!;
    (MARKERS_BY_LAST_CODE[last] ??= []).push({ reversed, wordStart });
  }
}
defineMarkers(["//", "](", "url(", "www."], false);
defineMarkers(
  ["http:", "https:", "ftp:", "ftps:", "sftp:", "file:", "mailto:", "data:", "tel:", "sms:", "javascript:", "vbscript:", "blob:", "ws:", "wss:"],
  true,
);
defineMarkers(["src=", "href=", "srcset=", "action=", "poster=", "background=", "data=", "cite=", "ping="], false);
export const LINK_OPEN: Marker = { reversed: [OPEN_PAREN, CLOSE_BRACKET], wordStart: false };
/** CSS `url(`: what follows is a URL up to the closing `)`, spaces and quoted strings included. */
export const CSS_URL_OPEN: Marker = { reversed: [OPEN_PAREN, 0x6c, 0x72, 0x75], wordStart: false };

/** 1 for ASCII characters with no meaning here beyond extending the segment (no trigger, no whitespace). */
export const IS_PLAIN = new Uint8Array(128);
for (let code = 0x21; code < 128; code++) IS_PLAIN[code] = 1;
for (const char of "<>\"'=([:/.?#") IS_PLAIN[char.charCodeAt(0)] = 0;

/** 1 for the characters of list and block-quote markers: `-` `*` `+` `>` digits `.` `)`. */
export const IS_CONTAINER_MARKER = new Uint8Array(128);
for (const char of "-*+>.)0123456789") IS_CONTAINER_MARKER[char.charCodeAt(0)] = 1;

export const isWhitespace = (code: number): boolean => code === SPACE || (code >= TAB && code <= CARRIAGE_RETURN);
export const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
export const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
export const isAsciiLetterOrDigit = (code: number): boolean => isAsciiLetter(code) || isAsciiDigit(code);
/** `A`–`Z` as `a`–`z`; every other character as it is. */
export const toAsciiLower = (code: number): number => (code >= 0x41 && code <= 0x5a ? code | 0x20 : code);

export function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}
