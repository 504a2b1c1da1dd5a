/** Where the parser is in a pattern's source, and the flags that change what it reads. */
export interface RegexCursor {
  readonly source: string;
  index: number;
  /** The `u` flag: code points instead of UTF-16 units, `\p{…}` and `\u{…}` escapes. */
  readonly unicode: boolean;
  /** The `i` flag: letters match either case. */
  readonly ignoreCase: boolean;
  /** The `s` flag: `.` matches line terminators too. */
  readonly dotAll: boolean;
}

/** Reads one character (a code point under `u`, else a UTF-16 unit) and returns its code. */
export function readCodePoint(cursor: RegexCursor): number {
  const code = cursor.unicode ? (cursor.source.codePointAt(cursor.index) ?? 0) : cursor.source.charCodeAt(cursor.index);
  cursor.index += code > 0xffff ? 2 : 1;
  return code;
}

/** Thrown for syntax the check does not model; the pattern is rejected, never guessed at. */
export class UnsupportedRegexSyntax extends Error {}
